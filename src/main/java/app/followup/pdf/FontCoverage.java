package app.followup.pdf;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Which characters of a letter neither PDF font (nor its fallback) can show, without making the PDF: for the advice
 * {@code glyph-missing}, checked at every keystroke. Looks the characters up in the fonts' own tables.
 */
public final class FontCoverage {
    /**
     * Whether both faces draw a character, per character ever asked about. The fonts never change, and reading their
     * tables needs the fonts' lock, which the preview's PDF holds for tens of milliseconds: a keystroke waited for
     * it. Now only a character not seen before takes the lock.
     */
    private static final Map<Integer, Boolean> DRAWN = new ConcurrentHashMap<>();

    private FontCoverage() {
    }

    /** "U+1F600 😀" for each character the PDF would replace with a mark. */
    public static Set<String> missing(Letter letter) {
        List<String> texts = new ArrayList<>(letter.senderLines());
        texts.addAll(letter.recipientLines());
        texts.add(letter.subject());
        texts.add(letter.placeAndDate());
        if (letter.copyLine() != null) {
            texts.add(letter.copyLine());
        }
        for (Block block : letter.body()) {
            texts.addAll(block.match(Block.Paragraph::lines, Block.ItemList::items, table -> {
                List<String> cells = new ArrayList<>(table.header());
                table.rows().forEach(cells::addAll);
                return cells;
            }));
        }
        Set<Integer> shown = new HashSet<>();
        for (String text : texts) {
            Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                    .filter(cp -> !GlyphFilter.isDrawnAsSpaceOrNothing(cp))
                    .forEach(shown::add);
        }
        lookUpNew(shown);
        Set<String> missing = new TreeSet<>();
        for (int cp : shown) {
            if (!DRAWN.get(cp)) {
                missing.add(GlyphFilter.describe(cp));
            }
        }
        return missing;
    }

    /** The characters not asked about before, looked up in the fonts under their lock, all at once. */
    private static void lookUpNew(Set<Integer> codePoints) {
        List<Integer> unknown = codePoints.stream().filter(cp -> !DRAWN.containsKey(cp)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        synchronized (PdfFonts.LOCK) {
            for (int cp : unknown) {
                DRAWN.put(cp, covers(PdfFonts.regularFont(), PdfFonts::fallbackRegular, cp)
                        && covers(PdfFonts.boldFont(), PdfFonts::fallbackBold, cp));
            }
        }
    }

    private static boolean covers(TrueTypeFont font, Supplier<TrueTypeFont> fallback, int codePoint) {
        return covers(font, codePoint) || covers(fallback.get(), codePoint);
    }

    static boolean covers(TrueTypeFont font, int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
