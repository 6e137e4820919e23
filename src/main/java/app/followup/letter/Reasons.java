package app.followup.letter;

import app.followup.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Causes and consequences woven into one sentence the way a person writes them. A note the reading is sure is a
 * bare phrase goes where a phrase fits ("skyldes det lite oppfølging …", "betyr det tapt andel …", "there is too
 * much reliance …"); every other note is taken for the clause it almost always is ("og at ingen eier partnerne",
 * "fortsetter marginen å falle"). Phrases come first, so the sentence reads "X, og at Y".
 */
final class Reasons {
    private Reasons() {
    }

    /** "lite oppfølging av partnerne, og at ingen eier dem" / "there is too much reliance …, and no one owns …". */
    static Map<String, Object> causes(List<String> noted, NoteText text, LetterWords words, Language language) {
        List<String> notes = clean(noted);
        if (notes.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String note : phrasesFirst(notes, text)) {
            boolean phrase = text.isPhrase(note);
            if (language == Language.NB) {
                parts.add(phrase ? text.inner(note) : "at " + text.subordinate(note));
            } else {
                parts.add(phrase ? words.get("cause.phrase").replace("{what}", text.inner(note)) : text.inner(note));
            }
        }
        return Map.of("list", joinClauses(parts, words));
    }

    /** "fortsetter marginen å falle, og styret vurderer …" / "betyr det tapt andel …" / "the likely result is …". */
    static Map<String, Object> consequences(List<String> noted, NoteText text, LetterWords words, Language language) {
        List<String> notes = clean(noted);
        if (notes.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        ConsequenceToReader toReader = new ConsequenceToReader(text, words, language);
        boolean first = true;
        for (String note : phrasesFirst(notes, text)) {
            boolean phrase = text.isPhrase(note);
            String part;
            if (phrase) {
                part = words.get(first ? "consequence.phrase" : "consequence.phrase.next").replace("{what}",
                        text.inner(note));
            } else {
                String spoken = toReader.apply(note);
                part = language == Language.NB && first ? text.inverted(spoken) : text.inner(spoken);
            }
            parts.add(part);
            first = false;
        }
        return Map.of("list", joinClauses(parts, words));
    }

    private static List<String> clean(List<String> noted) {
        return noted.stream().map(Texts::clause).filter(Objects::nonNull).toList();
    }

    private static List<String> phrasesFirst(List<String> notes, NoteText text) {
        List<String> ordered = new ArrayList<>(notes.stream().filter(text::isPhrase).toList());
        notes.stream().filter(n -> !text.isPhrase(n)).forEach(ordered::add);
        return ordered;
    }

    /** Clauses joined with a comma before the last "og"/"and", as two main clauses want. */
    private static String joinClauses(List<String> parts, LetterWords words) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.get(parts.size() - 1);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", " + words.get("and") + " " + last;
    }
}
