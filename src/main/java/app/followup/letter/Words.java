package app.followup.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a text with their places in it and their case-folded spelling, for matching. Words inside an
 * email address, a web address or a file name are left out: "kunder@firma.no" is not a word about customers.
 */
final class Words {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();

    Words(String text) {
        this.text = text;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int chunkStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > chunkStart && !isAddress(text, chunkStart, i)) {
                addWords(chunkStart, i);
            }
        }
    }

    /** The runs of letters, marks, digits and underscores in one chunk of text between spaces. */
    private void addWords(int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < to && isWordChar(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                spans.add(new int[] {start, Math.min(i, to)});
                folded.add(CaseFolding.fold(text.substring(start, Math.min(i, to))));
            }
        }
    }

    /** The words of a phrase a user listed, folded, and what stands between them (one space for any spacing). */
    static List<List<String>> ofPhrase(String phrase) {
        Words words = new Words(phrase);
        List<String> separators = new ArrayList<>();
        for (int i = 0; i + 1 < words.count(); i++) {
            separators.add(words.separator(i));
        }
        return List.of(List.copyOf(words.folded), separators);
    }

    int count() {
        return spans.size();
    }

    int start(int i) {
        return spans.get(i)[0];
    }

    int end(int i) {
        return spans.get(i)[1];
    }

    String text(int i) {
        return text.substring(start(i), end(i));
    }

    String folded(int i) {
        return folded.get(i);
    }

    /** What stands between word i and the next, spacing reduced to one space. */
    String separator(int i) {
        return SPACE.matcher(text.substring(end(i), start(i + 1))).replaceAll(" ");
    }

    /** An email or web address, or a file or domain name: an @, "://", or a full stop between letters. */
    private static boolean isAddress(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == ':' && text.startsWith("//", i + 1)
                    || c == '.' && i > start && i + 1 < end && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A letter, a mark, a digit or an underscore: the same characters as {@code [\p{L}\p{M}\p{N}_]}. */
    static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        int c = text.codePointAt(index);
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
