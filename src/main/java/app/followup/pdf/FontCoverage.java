package app.followup.pdf;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Which characters of a letter neither PDF font (nor its fallback) can show, without making the PDF: for the advice
 * {@code glyph-missing}, checked at every keystroke. Looks the characters up in the fonts' own tables.
 */
public final class FontCoverage {
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
        Set<String> missing = new TreeSet<>();
        synchronized (PdfFonts.LOCK) {
            for (String text : texts) {
                Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                        .filter(cp -> !GlyphFilter.isDrawnAsSpaceOrNothing(cp))
                        .filter(cp -> !covers(PdfFonts.regularFont(), PdfFonts::fallbackRegular, cp)
                                || !covers(PdfFonts.boldFont(), PdfFonts::fallbackBold, cp))
                        .forEach(cp -> missing.add(GlyphFilter.describe(cp)));
            }
        }
        return missing;
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
