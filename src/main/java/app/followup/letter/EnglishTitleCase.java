package app.followup.letter;

import app.followup.model.Language;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An English job title keeps its case in a Norwegian letter (letter-style rule 5: "Key Account Manager", while a
 * Norwegian title is a common noun): the position typed in title case is written so wherever a note repeats it in
 * lower case. A Norwegian tester's letter read "om jobben som Key Account Manager" and then "en key account manager
 * som …". English letters keep the note's case, as running English does.
 */
final class EnglishTitleCase {
    private EnglishTitleCase() {
    }

    static String restored(String note, String position, Language language) {
        if (note == null || position == null || language != Language.NB || !isTitleCase(position.strip())) {
            return note;
        }
        String title = position.strip();
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(title) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(note).replaceAll(
                        java.util.regex.Matcher.quoteReplacement(title));
    }

    private static boolean isTitleCase(String title) {
        String[] words = title.split("\\s+");
        return words.length > 1 && Arrays.stream(words)
                .allMatch(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)));
    }
}
