package app.followup.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes any text safe to show with one font: PDFBox throws on characters the font lacks and on control codes,
 * so those are replaced visibly (and remembered, so the user can be told), and invisible format characters are
 * dropped. Never throws on user text.
 */
final class GlyphFilter {
    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Set<String> missing = new TreeSet<>();
    private final String replacement;

    GlyphFilter(PDType0Font font) {
        this.font = font;
        this.replacement = has('\uFFFD') ? "\uFFFD" : "?";
    }

    PDType0Font font() {
        return font;
    }

    /** The characters this font could not show, as "U+1F600 😀". */
    Set<String> missing() {
        return missing;
    }

    String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (isDrawnAsSpaceOrNothing(cp)) {
                // control codes and any kind of space become a space; zero-width and direction marks vanish
                if (Character.getType(cp) != Character.FORMAT) {
                    out.append(' ');
                }
            } else if (has(cp)) {
                out.appendCodePoint(cp);
            } else {
                missing.add(describe(cp));
                out.append(replacement);
            }
        });
        return out.toString();
    }

    static boolean isDrawnAsSpaceOrNothing(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(cp)
                || Character.isSpaceChar(cp);
    }

    static String describe(int cp) {
        return String.format("U+%04X %s", cp, new String(Character.toChars(cp)));
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
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("text was not cleaned before measuring", e);
        }
    }

    private boolean has(int codePoint) {
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
