package app.followup.letter;

import app.followup.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A consequence typed as what is expected, required, planned or coming: "The board expects 4 million pounds of new
 * contract revenue in the 2027 plan", "Two of the top ten retailers are moving to a single-supplier tender next
 * spring", "budsjettet for 2027 krever 25 millioner …", "tre av de ti største kundene skal fornye i 2027". It holds
 * whatever happens, so after "If nothing changes," / "Blir det ikke løst," it reads as nonsense (a new user's only
 * hand fix in an English trial): it is a fact that raises the stakes, said before that frame, as
 * {@link AlreadyHappened} does for what has happened.
 * <p>
 * Read from the note's finite verb ({@link NoteText#finiteVerbAt}): the verb and the words after it open with one
 * of the language's phrases ({@code consequence.stakes}: "expects", "are moving to", "will tender"; "krever", "skal",
 * "regner med"). A need to do something ("we need to cut jobs", "vi trenger å kutte") is an outcome, and a note with
 * a condition in it ("if", "hvis") stays one too. A real outcome ("margin drops", "vi mister kunder") has no such verb.
 */
final class StakesFact {
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "hvis", "dersom");
    /** The verbs of need, which before an infinitive say what the company must do: an outcome, not a fact. */
    private static final Set<String> NEEDS = Set.of("need", "needs", "trenger", "trengs");
    private static final Set<String> INFINITIVE_MARKS = Set.of("to", "å");
    /** An English subject pronoun before a plain present ("they expect …"), which the note's reading takes for no verb. */
    private static final Set<String> EN_PRONOUNS = Set.of("we", "you", "they", "i");
    /** How many words a phrase may have: "will go out to tender". */
    private static final int LONGEST_PHRASE = 5;

    private final NoteText text;
    private final List<String> phrases;

    StakesFact(NoteText text, LetterWords words) {
        this.text = text;
        this.phrases = List.of(words.get("consequence.stakes").toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    }

    /** True when the note says what is expected, required, planned or coming. */
    boolean is(String note) {
        List<String> words = text.words(note);
        int verb = text.finiteVerbAt(note);
        if (verb < 0 && words.size() > 1 && EN_PRONOUNS.contains(words.get(0))) {
            verb = 1;
        }
        if (verb <= 0 || words.stream().anyMatch(CONDITIONS::contains)) {
            return false;
        }
        String from = String.join(" ", words.subList(verb, Math.min(words.size(), verb + LONGEST_PHRASE)));
        for (String phrase : phrases) {
            if (from.equals(phrase) || from.startsWith(phrase + " ")) {
                boolean need = NEEDS.contains(phrase);
                return !need || verb + 1 >= words.size() || !INFINITIVE_MARKS.contains(words.get(verb + 1));
            }
        }
        return false;
    }
}
