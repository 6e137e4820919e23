package app.followup.ui.common;

import java.text.Normalizer;
import javafx.scene.control.TextFormatter;

/**
 * Keeps text that JavaFX lays out slowly out of the window's text controls. JavaFX shapes a line holding
 * combining marks or direction controls as one "complex" run, and shapes the rest of that run again at every
 * wrapped line, so a long pasted paragraph in decomposed form (as macOS and many PDFs copy it) could take
 * minutes to show. Composed (NFC) text looks the same and stays on the fast path.
 */
public final class DisplayText {
    /** Longer lines of complex text are shown in pieces in read-only views, as the PDF breaks them anyway. */
    static final int LONGEST_COMPLEX_LINE = 400;

    private DisplayText() {
    }

    /** Composes what is typed, pasted or loaded into a field; canonically the same text, so nothing is lost. */
    public static TextFormatter<String> composing() {
        return new TextFormatter<>(change -> {
            String text = change.getText();
            if (!text.isEmpty() && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                change.setText(Normalizer.normalize(text, Normalizer.Form.NFC));
            }
            return change;
        });
    }

    /**
     * The text of a read-only letter view as the PDF draws it: composed, without invisible format and control
     * characters, and with very long lines of complex text cut into pieces.
     */
    public static String forReading(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length() + 16);
        int lineStart = 0;
        boolean complex = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append('\n');
                lineStart = out.length();
                complex = false;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue;
            }
            if (type == Character.CONTROL) {
                cp = ' ';
            }
            complex |= isComplex(cp, type);
            int length = out.length() - lineStart;
            if (complex && length >= LONGEST_COMPLEX_LINE && (cp == ' ' || length >= LONGEST_COMPLEX_LINE + 100)) {
                // at a space when there is one soon, else inside the word, as the PDF does
                out.append('\n');
                lineStart = out.length();
                if (cp == ' ') {
                    continue;
                }
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** What makes JavaFX shape a run with the platform's shaper: marks and right-to-left letters. */
    private static boolean isComplex(int cp, int type) {
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return true;
        }
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
