package app.followup.cli;

/**
 * Text printed to standard output, usually a terminal: control characters other than line break and tab become
 * visible symbols (ESC as ␛, U+241B), so that an escape sequence typed or pasted into an edited letter cannot
 * recolour, retitle or rewrite the user's terminal. Files written with {@code --text} keep the text exactly.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7f) {
                out.append('\u2421');
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }
}
