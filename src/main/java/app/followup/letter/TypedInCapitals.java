package app.followup.letter;

import app.followup.model.Language;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A title or position typed with caps lock on ("KEY ACCOUNT MANAGER SYKEHUS", "ADM. DIR. FJORDNETT BEDRIFT") put
 * back in ordinary case, since a letter that shouts the reader's own title reads as a form: English title words
 * in Title Case ("Key Account Manager"), Norwegian words as common nouns ("sykehus"), names the notes write
 * elsewhere as they write them ("Fjordnett"), and short words that can only be acronyms kept ("KAM", "HR", "OUS").
 * Text with any lower-case letter is the user's own choice of case and is left alone.
 */
final class TypedInCapitals {
    /** Short words that are words, not acronyms, when typed in capitals. */
    private static final Set<String> SMALL_WORDS = Set.of(
            "og", "i", "på", "av", "for", "til", "med", "hos", "fra", "om", "ny", "nye", "en", "et", "ei",
            "of", "and", "the", "in", "to", "at", "a", "an", "new", "non", "by", "on");
    private static final Pattern WORD_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]");

    private TypedInCapitals() {
    }

    /** True when the text has a word of four letters or more and not one lower-case letter. */
    static boolean isShouted(String text) {
        if (text == null || text.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        for (String word : text.split("[\\s/–-]+")) {
            if (WORD_LETTERS.matcher(word).replaceAll("").codePoints().filter(Character::isLetter).count() >= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text in ordinary case when it is shouted, else as it is. {@code names} are words the notes write with
     * their own capitals elsewhere ("Fjordnett"); in English every word but the small ones takes a capital, as
     * titles do, and in Norwegian only the English title words do.
     */
    static String normal(String text, Language language, Set<String> names) {
        if (!isShouted(text)) {
            return text;
        }
        Locale locale = language.locale();
        StringBuilder out = new StringBuilder();
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            out.append(token.isBlank() ? token : word(token, language, names, locale, out.length() == 0));
        }
        return out.toString();
    }

    private static String word(String token, Language language, Set<String> names, Locale locale, boolean first) {
        String letters = WORD_LETTERS.matcher(token).replaceAll("");
        String lower = letters.toLowerCase(locale);
        for (String name : names) {
            if (name.equalsIgnoreCase(letters) && !name.equals(name.toUpperCase(locale))) {
                return token.replace(letters, name);
            }
        }
        boolean abbreviation = token.endsWith(".");
        // "KEY" in "KEY ACCOUNT MANAGER" is a word of the title, "KAM" an acronym
        boolean acronym = !abbreviation && !SMALL_WORDS.contains(lower) && !JobTitleCase.isEnglishTitleWord(lower)
                && (letters.length() <= 3 || letters.codePoints().anyMatch(Character::isDigit));
        if (acronym || letters.isEmpty()) {
            return token;
        }
        return hyphenated(token.toLowerCase(locale), locale, language, first);
    }

    /** Each part of "PRE-SALES" or "SALGS-KAM" on its own: acronym parts keep their capitals. */
    private static String hyphenated(String lowered, Locale locale, Language language, boolean first) {
        String[] parts = lowered.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String bare = WORD_LETTERS.matcher(part).replaceAll("");
            boolean capital = language == Language.EN ? !SMALL_WORDS.contains(bare) || first && i == 0
                    : JobTitleCase.isEnglishTitleWord(bare);
            out.append(i == 0 ? "" : "-").append(capital ? Texts.capitalise(part, locale) : part);
        }
        return out.toString();
    }
}
