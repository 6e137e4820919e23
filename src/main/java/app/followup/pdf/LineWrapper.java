package app.followup.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap by real glyph widths. Lines break only at ordinary spaces: a no-break space (inside a date,
 * "1.&nbsp;desember") keeps its words on one line. A word wider than the line is broken between characters.
 *
 * <p>Each word is measured once (a word wider than the line once more, character by character): widths add up, as
 * PDFBox applies no kerning, so a line's width is the sum of its words' and never measured again. Measuring the
 * growing line for every word made wrapping a 1 MB field take seconds.
 */
final class LineWrapper {
    /** The width in points of a piece of cleaned text, at the size being wrapped. */
    @FunctionalInterface
    interface Measure {
        float width(String cleanText);
    }

    private static final char NO_BREAK_SPACE = '\u00A0';

    private LineWrapper() {
    }

    static List<String> wrap(String cleanText, GlyphFilter glyphs, float size, float width) {
        return wrap(cleanText, text -> glyphs.width(text, size), width);
    }

    static List<String> wrap(String cleanText, Measure measure, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = measure.width(" ");
        int start = 0;
        int length = cleanText.length();
        while (start <= length) {
            int end = cleanText.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                String word = cleanText.substring(start, end);
                float wordWidth = measure.width(word);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                } else {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    if (wordWidth <= width) {
                        line.append(word);
                        lineWidth = wordWidth;
                    } else if (word.indexOf(NO_BREAK_SPACE) >= 0) {
                        // a date wider than a narrow column: better broken at its spaces than inside a word
                        List<String> pieces = wrap(word.replace(NO_BREAK_SPACE, ' '), measure, width);
                        lines.addAll(pieces.subList(0, pieces.size() - 1));
                        line.append(pieces.get(pieces.size() - 1));
                        lineWidth = measure.width(line.toString());
                    } else {
                        lineWidth = breakLongWord(word, measure, width, lines, line);
                    }
                }
            }
            start = end + 1;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Adds full-width pieces of the word to the lines, leaves the last, shorter piece in {@code rest} and returns
     * its width.
     */
    private static float breakLongWord(String word, Measure measure, float width, List<String> lines,
                                       StringBuilder rest) {
        float pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            float charWidth = measure.width(word.substring(i, next));
            if (rest.length() > 0 && pieceWidth + charWidth > width) {
                lines.add(rest.toString());
                rest.setLength(0);
                pieceWidth = 0;
            }
            rest.appendCodePoint(cp);
            pieceWidth += charWidth;
            i = next;
        }
        return pieceWidth;
    }
}
