package app.followup.letter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleans what the user typed before it goes into a letter: one line, composed characters, no control codes. */
public final class Texts {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]");
    /** Invisible format characters at either end, which would hide a full stop from the sentence rules. */
    private static final Pattern EDGE_FORMAT = Pattern.compile("^[\\p{Cf}\\s]+|[\\p{Cf}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** ", 0", "; and so on", ".0" typed at the start of a line; a dot before a letter is a name such as ".NET". */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^(?:[,;]+|\\.+(?!\\p{L}))\\s*");

    private Texts() {
    }

    /** The text as one clean line, or null when nothing is left: an empty field drops its part of the letter. */
    public static String inline(String text) {
        if (text == null) {
            return null;
        }
        if (isOneCleanLine(text)) {
            return text.isEmpty() ? null : text;
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFC);
        clean = CONTROL.matcher(clean).replaceAll(" ");
        clean = EDGE_FORMAT.matcher(SPACES.matcher(clean).replaceAll(" ")).replaceAll("").strip();
        return clean.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT || c == ' ') ? null : clean;
    }

    /**
     * Text the rules of {@link #inline} would leave as it is: no control, format or other space character, single
     * spaces only between words, composed. A letter cleans every note many times per keystroke, and nearly every
     * note is already clean, so this one pass spares the regular expressions (the composer's largest cost).
     */
    private static boolean isOneCleanLine(String text) {
        int n = text.length();
        boolean beyondLatin = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < 0x20 || c >= 0x7F && c <= 0xA0 || c == 0xAD) {
                return false;
            } else if (c >= 0x300) {
                // combining marks start here; a supplementary character may be a format character, so it goes
                // the long way
                switch (Character.getType(c)) {
                    case Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                            Character.PARAGRAPH_SEPARATOR, Character.CONTROL, Character.SURROGATE -> {
                        return false;
                    }
                    default -> beyondLatin = true;
                }
            }
        }
        return !beyondLatin || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * Nothing a letter could use: no text, or only punctuation and symbols (a note of "," or "–" would otherwise
     * leave "betyr det ,." in the letter).
     */
    private static boolean saysNothing(String clean) {
        return clean == null || clean.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    public static boolean isBlank(String text) {
        return inline(text) == null;
    }

    /** A full sentence: starts with a capital letter and ends with a full stop unless it already ends a sentence. */
    public static String sentence(String text, Locale locale) {
        String clean = inline(text);
        if (saysNothing(clean)) {
            return null;
        }
        clean = capitalise(clean, locale);
        return endsSentence(clean) ? clean : clean + ".";
    }

    /** Without a trailing full stop, for text that continues inside a sentence of the template. */
    public static String clause(String text) {
        // a line typed as ", 0", "; and so on" or ".0" must not put a comma or a full stop after the letter's own
        // words ("skyldes det ,0", "Veien videre er .0"); a dot before a letter is a name such as ".NET"
        String clean = inline(text);
        clean = clean == null ? null : LEADING_PUNCTUATION.matcher(clean).replaceFirst("");
        if (saysNothing(clean)) {
            return null;
        }
        while (clean.endsWith(".") && !clean.endsWith("...")) {
            clean = clean.substring(0, clean.length() - 1).stripTrailing();
        }
        return clean.isEmpty() ? null : clean;
    }

    public static String capitalise(String text, Locale locale) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        if (!Character.isLowerCase(first)) {
            return text;
        }
        int length = Character.charCount(first);
        return text.substring(0, length).toUpperCase(locale) + text.substring(length);
    }

    public static String firstName(String fullName) {
        String clean = inline(fullName);
        if (clean == null) {
            return null;
        }
        int space = clean.indexOf(' ');
        return space < 0 ? clean : clean.substring(0, space);
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?…".indexOf(last) >= 0
                || (("»\")'’”".indexOf(last) >= 0) && text.length() > 1
                && ".!?…".indexOf(text.charAt(text.length() - 2)) >= 0);
    }
}
