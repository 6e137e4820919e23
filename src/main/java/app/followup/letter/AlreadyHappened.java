package app.followup.letter;

import app.followup.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A consequence noted in the perfect tense ("Dere har mistet fire av de tjue største kundene det siste året", "we
 * have lost two big accounts this year") has happened already: it is a fact of the challenge, not what happens "if
 * nothing changes". The letter says it as a sentence of its own before the consequences, as a tester rewrote it
 * ("Blir det ikke løst, har dere mistet …" said a past fact as a future consequence). A note with a condition in
 * it ("hvis", "if") stays a consequence.
 */
final class AlreadyHappened {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:.]+");
    private static final Set<String> NB_PERFECT = Set.of("har", "hadde");
    private static final Set<String> EN_PERFECT = Set.of("have", "has", "had", "'ve", "’ve");
    private static final Set<String> CONDITIONS = Set.of("hvis", "dersom", "om", "if", "unless", "when", "når");
    /** English participles that do not end in -ed: the ones a lost-business note uses. */
    private static final Set<String> EN_IRREGULAR = Set.of("lost", "gone", "seen", "fallen", "had", "left", "been",
            "taken", "shrunk", "grown", "won", "cut", "spent", "let");
    private static final int SUBJECT_WORDS = 3;

    private final Language language;

    AlreadyHappened(Language language) {
        this.language = language;
    }

    boolean is(String note) {
        List<String> words = List.of(SEPARATORS.split(note.toLowerCase(Locale.ROOT).replace("’", "'")
                .replace("'ve", " 've")));
        if (words.stream().anyMatch(CONDITIONS::contains)) {
            return false;
        }
        Set<String> perfect = language == Language.NB ? NB_PERFECT : EN_PERFECT;
        for (int i = 1; i <= Math.min(SUBJECT_WORDS, words.size() - 2); i++) {
            if (perfect.contains(words.get(i)) && isParticiple(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean isParticiple(String word) {
        if (language == Language.NB) {
            return word.length() > 3 && (word.endsWith("et") || word.endsWith("tt") || word.endsWith("dd")
                    || word.endsWith("t") && !word.endsWith("st"));
        }
        return word.length() > 3 && word.endsWith("ed") || EN_IRREGULAR.contains(word);
    }
}
