package app.followup.letter;

import app.followup.model.Language;
import java.util.ResourceBundle;

/** The few words a letter needs outside its template (joining names, evidence kinds, "today"). */
final class LetterWords {
    private final ResourceBundle bundle;

    LetterWords(Language language) {
        this.bundle = ResourceBundle.getBundle("app.followup.letter.words", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** "Ola", "Ola og Eva", "Ola, Eva og Per". */
    String joinNames(java.util.List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? null : names.get(0);
        }
        String last = names.get(names.size() - 1);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + get("and") + " " + last;
    }
}
