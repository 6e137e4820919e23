package app.followup.letter;

import app.followup.model.Language;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Causes or consequences woven into one sentence. When every note is a clause they become "at"-clauses ("skyldes
 * det at A, og at B"); otherwise they follow a colon, which takes clauses and phrases alike.
 */
final class Reasons {
    private Reasons() {
    }

    static Map<String, Object> of(List<String> noted, NoteText text, LetterWords words, Language language) {
        List<String> notes = noted.stream().map(Texts::clause).filter(Objects::nonNull).toList();
        if (notes.isEmpty()) {
            return null;
        }
        boolean clauses = notes.stream().allMatch(text::isClause);
        String list = clauses ? subordinates(notes, text, words, language)
                : words.join(notes.stream().map(text::inner).toList());
        if (!clauses && notes.size() == 2 && !notes.stream().allMatch(text::isPhrase)) {
            list = text.inner(notes.get(0)) + ", " + words.get("and") + " " + text.inner(notes.get(1));
        }
        return Map.of("clauses", clauses, "list", list, "count", words.count(notes.size()),
                "noun", words.get(notes.size() == 1 ? "cause.one" : "cause.many"));
    }

    /** "at A, og at B" / "A, and B": two main clauses take a comma before "og"/"and". */
    private static String subordinates(List<String> notes, NoteText text, LetterWords words, Language language) {
        String that = language == Language.NB ? "at " : "";
        List<String> clauses = notes.stream().map(n -> that + text.subordinate(n)).toList();
        if (clauses.size() == 2) {
            return clauses.get(0) + ", " + words.get("and") + " " + clauses.get(1);
        }
        return words.join(clauses);
    }
}
