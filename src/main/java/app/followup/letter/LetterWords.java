package app.followup.letter;

import app.followup.model.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The words a letter needs outside its template: dates, pronouns, evidence verbs, joining lists. */
final class LetterWords {
    /** Looked up once per language: a letter makes several of these per compose, at every keystroke. */
    private static final Map<Language, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    /** Each comma-separated list split once (month and weekday names are read for every date in a letter). */
    private static final Map<String, List<String>> LIST_ITEMS = new ConcurrentHashMap<>();
    /** The patterns made from the words, compiled once each: the letter is composed again at every keystroke. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private final ResourceBundle bundle;

    LetterWords(Language language) {
        this.bundle = BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle("app.followup.letter.words",
                l.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The regular expression an entry holds (such as "decision.step.pattern"), compiled. */
    Pattern pattern(String key) {
        return compiled(get(key));
    }

    /** A regular expression built from the words' entries; there are a few per language, so all are kept. */
    static Pattern compiled(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    /** One entry of a comma-separated word list such as the month names. */
    String item(String key, int index) {
        return LIST_ITEMS.computeIfAbsent(get(key), list -> Arrays.stream(list.split(",")).map(String::strip).toList())
                .get(index);
    }


    /**
     * "Ola", "Ola og Eva", "Ola, Eva og Per": no serial comma in either language, except to close a title after a
     * name before the last item: "et intervju med Helen Marsh, finansdirektør, og styrets godkjenning".
     */
    String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? null : items.get(0);
        }
        String last = items.get(items.size() - 1);
        String closing = Apposition.endsIn(items.get(items.size() - 2)) ? "," : "";
        return String.join(", ", items.subList(0, items.size() - 1)) + closing + " " + get("and") + " " + last;
    }
}
