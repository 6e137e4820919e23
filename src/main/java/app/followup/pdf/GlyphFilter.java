package app.followup.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes any text safe to show with a font and its fallback: PDFBox throws on characters a font lacks and on
 * control codes, so what neither font has is replaced visibly (and remembered, so the user can be told), and
 * invisible format characters are dropped. Never throws on user text.
 */
final class GlyphFilter {
    /** A piece of a line drawn with one font. */
    record Run(PDType0Font font, String text) {
    }

    private final PDType0Font primary;
    private final Supplier<TrueTypeFont> fallbackFile;
    private final Supplier<PDType0Font> fallbackLoader;
    private PDType0Font fallback;
    private final Map<Integer, Boolean> inPrimary = new HashMap<>();
    private final Map<Integer, Boolean> inFallback = new HashMap<>();
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Set<String> missing = new TreeSet<>();
    private final String replacement;
    private static final char NO_BREAK_SPACE = '\u00A0';

    /**
     * @param fallbackFile the fallback's parsed file, asked for only when the primary font lacks a character
     * @param fallbackLoader embeds the fallback in the document, called only when one of its glyphs is used
     */
    GlyphFilter(PDType0Font primary, Supplier<TrueTypeFont> fallbackFile, Supplier<PDType0Font> fallbackLoader) {
        this.primary = primary;
        this.fallbackFile = fallbackFile;
        this.fallbackLoader = fallbackLoader;
        this.replacement = inPrimary('\uFFFD') ? "\uFFFD" : "?";
    }

    /** The characters neither font could show, as "U+1F600 😀". */
    Set<String> missing() {
        return missing;
    }

    String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (isNoBreakSpace(cp)) {
                // kept, so that lines never break inside a date ("1.\u00A0desember"); both fonts have these
                out.appendCodePoint(inPrimary(cp) || inFallback(cp) ? cp : NO_BREAK_SPACE);
            } else if (isDrawnAsSpaceOrNothing(cp)) {
                // control codes and any kind of space become a space; zero-width and direction marks vanish
                if (Character.getType(cp) != Character.FORMAT) {
                    out.append(' ');
                }
            } else if (inPrimary(cp) || inFallback(cp)) {
                out.appendCodePoint(cp);
            } else {
                missing.add(describe(cp));
                out.append(replacement);
            }
        });
        return out.toString();
    }

    /** No-break space, figure space and narrow no-break space: spaces a line must not break at. */
    static boolean isNoBreakSpace(int cp) {
        return cp == NO_BREAK_SPACE || cp == '\u2007' || cp == '\u202F';
    }

    static boolean isDrawnAsSpaceOrNothing(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(cp)
                || Character.isSpaceChar(cp);
    }

    static String describe(int cp) {
        return String.format("U+%04X %s", cp, new String(Character.toChars(cp)));
    }

    /** Cleaned text cut where the font changes; mostly a single run in the primary font. */
    List<Run> runs(String cleanText) {
        List<Run> runs = new ArrayList<>(1);
        StringBuilder piece = new StringBuilder();
        PDType0Font current = null;
        for (int i = 0; i < cleanText.length(); ) {
            int cp = cleanText.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font font = fontFor(cp);
            if (font != current && piece.length() > 0) {
                runs.add(new Run(current, piece.toString()));
                piece.setLength(0);
            }
            current = font;
            piece.appendCodePoint(cp);
        }
        if (piece.length() > 0) {
            runs.add(new Run(current, piece.toString()));
        }
        return runs;
    }

    /** Width in points, summed per character: PDFBox applies no kerning, so this equals its own measure. */
    float width(String cleanText, float size) {
        float units = 0;
        for (int i = 0; i < cleanText.length(); ) {
            int cp = cleanText.codePointAt(i);
            units += widths.computeIfAbsent(cp, this::glyphWidth);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private float glyphWidth(int codePoint) {
        try {
            return fontFor(codePoint).getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("text was not cleaned before measuring", e);
        }
    }

    private PDType0Font fontFor(int codePoint) {
        if (inPrimary(codePoint)) {
            return primary;
        }
        if (fallback == null) {
            fallback = fallbackLoader.get();
        }
        return fallback;
    }

    private boolean inPrimary(int codePoint) {
        return inPrimary.computeIfAbsent(codePoint, cp -> {
            try {
                primary.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private boolean inFallback(int codePoint) {
        return inFallback.computeIfAbsent(codePoint, cp -> FontCoverage.covers(fallbackFile.get(), cp));
    }
}
