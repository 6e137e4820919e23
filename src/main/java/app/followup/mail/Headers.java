package app.followup.mail;

import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps user text from becoming more than one header, or another header once decoded: no line breaks, no control
 * codes, names quoted, nothing a mail reader would decode as an RFC 2047 encoded-word, and no header line longer
 * than RFC 5322's 998 characters.
 */
final class Headers {
    private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]+");
    private static final Pattern SPECIALS = Pattern.compile("[()<>\\[\\]:;@\\\\,.\"]");
    /** A word longer than this cannot be folded into a header line of reasonable length, so it is encoded. */
    private static final int LONGEST_PLAIN_WORD = 70;
    /** UTF-8 bytes per encoded-word: in base64 with "=?UTF-8?B?" and "?=" it stays within RFC 2047's 75. */
    private static final int BYTES_PER_ENCODED_WORD = 45;

    private Headers() {
    }

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return BREAKS_AND_CONTROLS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A name or subject on one line, where "=?" is written "= ?": a mail program decodes "=?charset?Q?...?=" in
     * a header, and the decoded text could hold a line break and a "Bcc:". The space shows; nothing is hidden.
     */
    static String text(String text) {
        return oneLine(text).replace("=?", "= ?");
    }

    /** A display name as RFC 5322 wants it: quoted when it holds a comma, a dot or another special character. */
    static String displayName(String name) {
        if (!SPECIALS.matcher(name).find()) {
            return name;
        }
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Whether header text must be written as encoded-words even though it is plain ASCII: a word too long to fold.
     * (Jakarta Mail encodes non-ASCII text itself, but leaves ASCII alone, however long.)
     */
    static boolean hasUnfoldableWord(String text) {
        for (String word : text.split(" ")) {
            if (word.length() > LONGEST_PLAIN_WORD) {
                return true;
            }
        }
        return false;
    }

    /** The text as RFC 2047 encoded-words (UTF-8, base64), each short enough to fold between them. */
    static String encodedWords(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                int size = text.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > BYTES_PER_ENCODED_WORD) {
                    break;
                }
                bytes += size;
                end = next;
            }
            words.add("=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                    text.substring(start, end).getBytes(StandardCharsets.UTF_8)) + "?=");
            start = end;
        }
        return String.join(" ", words);
    }

    /** A header value folded at spaces, so that no line passes 76 characters where a space allows. */
    static String fold(String name, String value) {
        return MimeUtility.fold(name.length() + 2, value);
    }
}
