package app.followup.mail;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8, as RFC 5545 section 3.1 asks, never inside a character:
 * each continuation line starts with a space.
 */
final class OctetFolding {
    static final int MAX_OCTETS = 75;

    private OctetFolding() {
    }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 50);
        for (String line : text.split("\r\n", -1)) {
            if (out.length() > 0) {
                out.append("\r\n");
            }
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int next = line.offsetByCodePoints(i, 1);
            int size = line.substring(i, next).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(line, i, next);
            octets += size;
            i = next;
        }
    }
}
