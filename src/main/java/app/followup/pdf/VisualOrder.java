package app.followup.pdf;

import java.text.Bidi;
import java.text.BreakIterator;

/**
 * Puts a line of right-to-left text (Hebrew, Arabic) into the order it is drawn in: a PDF shows glyphs from left
 * to right as they come, and PDFBox does not reorder them. Arabic letters keep their isolated forms, as PDFBox does
 * not join them either.
 */
final class VisualOrder {
    private VisualOrder() {
    }

    static String of(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder(line.length());
        for (Integer run : runs) {
            String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            out.append((bidi.getRunLevel(run) & 1) == 1 ? mirrored(text) : text);
        }
        return out.toString();
    }

    /** The run backwards, a letter with its marks kept together, and brackets turned to face the other way. */
    private static String mirrored(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        StringBuilder out = new StringBuilder(text.length());
        int end = clusters.last();
        for (int start = clusters.previous(); start != BreakIterator.DONE; end = start, start = clusters.previous()) {
            String cluster = text.substring(start, end);
            out.append(cluster.length() == 1 ? mirror(cluster.charAt(0)) : cluster);
        }
        return out.toString();
    }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> c;
        };
    }
}
