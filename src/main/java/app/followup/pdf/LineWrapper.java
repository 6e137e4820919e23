package app.followup.pdf;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap by real glyph widths; a word wider than the line is broken between characters. */
final class LineWrapper {
    private LineWrapper() {
    }

    static List<String> wrap(String cleanText, GlyphFilter glyphs, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : cleanText.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (glyphs.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (glyphs.width(word, size) <= width) {
                line.append(word);
            } else {
                String rest = breakLongWord(word, glyphs, size, width, lines);
                line.append(rest);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds full-width pieces of the word to the lines and returns the last, shorter piece. */
    private static String breakLongWord(String word, GlyphFilter glyphs, float size, float width, List<String> lines) {
        StringBuilder piece = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            String next = piece + new String(Character.toChars(cp));
            if (piece.length() > 0 && glyphs.width(next, size) > width) {
                lines.add(piece.toString());
                piece.setLength(0);
                continue;
            }
            piece.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return piece.toString();
    }
}
