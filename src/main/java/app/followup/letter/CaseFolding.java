package app.followup.letter;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case-insensitive comparison that survives case mappings which change a string's length (İ, ß, ς, ﬁ). A folded
 * copy is only ever compared, never indexed into: positions always come from the original text.
 */
final class CaseFolding {
    private CaseFolding() {
    }

    /** Upper then lower case, after compatibility normalisation, so ß meets SS and ﬁ meets fi; İ folds to i. */
    static String fold(String text) {
        if (simple(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normal.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace("i\u0307", "i");
    }

    /**
     * ASCII and the Latin-1 letters (æ, ø, å, é …) map one to one between the cases and are already normal, so
     * lower case alone folds them; ß, µ and ÿ do not.
     */
    private static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latin1Letter = c >= 0xC0 && c <= 0xFE && c != 0xD7 && c != 0xDF && c != 0xF7;
            if (c >= 0x80 && !latin1Letter) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many chars of {@code word} fold to {@code foldedPrefix}, or -1 when no prefix of it does: the index map
     * from a folded prefix back to the original text.
     */
    static int prefixLength(String word, String foldedPrefix) {
        for (int end = 0; end < word.length(); ) {
            end += Character.charCount(word.codePointAt(end));
            String folded = fold(word.substring(0, end));
            if (folded.equals(foldedPrefix)) {
                return end;
            }
            if (folded.length() > foldedPrefix.length() + 2) {
                return -1;
            }
        }
        return -1;
    }

    /** The replacement in the case of the word it replaces: all capitals, a capital first letter, or as written. */
    static String withCaseOf(String found, String replacement, Locale locale) {
        long letters = found.codePoints().filter(Character::isLetter).count();
        boolean allCaps = letters > 1 && found.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
        if (allCaps) {
            return replacement.toUpperCase(locale);
        }
        if (!found.isEmpty() && (Character.isUpperCase(found.codePointAt(0))
                || Character.isTitleCase(found.codePointAt(0)))) {
            return Texts.capitalise(replacement, locale);
        }
        return replacement;
    }
}
