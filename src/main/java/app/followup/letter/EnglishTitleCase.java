package app.followup.letter;

import app.followup.model.Language;
import java.util.Locale;

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
        if (note == null || position == null || language != Language.NB || !CapitalisedInNotes.isTitleCase(position)) {
            return note;
        }
        String title = position.strip();
        // found without a pattern: the position differs per application, and this runs at every keystroke
        String lower = note.toLowerCase(Locale.ROOT);
        String wanted = title.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(note);
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length())) {
            int end = at + wanted.length();
            boolean wholeWords = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
            if (wholeWords && lower.length() == note.length()) {
                out.replace(at, end, title);
            }
        }
        return out.toString();
    }
}
