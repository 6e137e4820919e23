package app.followup.letter;

import app.followup.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * So is an English event on the calendar, a verb of {@code consequence.scheduled} with its time: "the new Trafford
 * Park warehouse opens in April and needs volume" happens whatever is done ("closes" is no such verb: a plant that
 * closes is an outcome).
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

    private static final Pattern AFTER_TIME = Pattern.compile("\\s*(?:(?:and|but) (?:needs?|will need) .*)?");
    /** Subjects that take no article: "they expect …". */
    private static final Set<String> PRONOUNS = Set.of("they", "we", "you", "he", "she", "it", "i", "there", "this",
            "that", "these", "those", "everyone", "everybody", "someone", "somebody", "nobody");
    /** How many words the subject of a dropped article may have: "new Trafford Park warehouse". */
    private static final int LONGEST_SUBJECT = 4;
    /** Words no subject holds: before a verb of the calendar they say the note has another shape. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of(
            "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "has",
            "have", "had", "not", "and", "or", "but", "so", "which", "who", "that");

    private final NoteText text;
    private final List<String> phrases;
    private final List<String> scheduled;
    private final Language language;

    StakesFact(NoteText text, LetterWords words, Language language) {
        this.text = text;
        this.phrases = phrases(words, "consequence.stakes");
        this.scheduled = language == Language.EN ? phrases(words, "consequence.scheduled") : List.of();
        this.language = language;
    }

    private static List<String> phrases(LetterWords words, String key) {
        return List.of(words.get(key).toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    }

    /**
     * "board expects £4m …" → "the board expects £4m …", "new Trafford Park warehouse opens in April" → "the new
     * Trafford Park warehouse opens …": the article a hurried English note drops before the subject of a fact,
     * when the subject is surely a bare singular count noun ({@link BareSingular}); any other note as typed.
     */
    String withArticle(String note) {
        if (language != Language.EN || note == null) {
            return note;
        }
        String[] words = note.strip().split(" ");
        if (PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return note;
        }
        for (int verb = 1; verb <= LONGEST_SUBJECT && verb < words.length; verb++) {
            List<String> from = text.words(String.join(" ", List.of(words).subList(verb, words.length)));
            if (opensWith(from, phrases) != null || opensWith(from, scheduled) != null) {
                String subject = String.join(" ", List.of(words).subList(0, verb));
                return BareSingular.withDefinite(subject) + note.strip().substring(subject.length());
            }
        }
        return note;
    }

    /** True when the note says what is expected, required, planned or coming. */
    boolean is(String note) {
        List<String> words = text.words(note);
        if (isScheduled(words, note)) {
            return true;
        }
        int verb = text.finiteVerbAt(note);
        if (verb < 0 && words.size() > 1 && EN_PRONOUNS.contains(words.get(0))) {
            verb = 1;
        }
        if (verb <= 0 || words.stream().anyMatch(CONDITIONS::contains)) {
            return false;
        }
        String phrase = opensWith(words.subList(verb, words.size()), phrases);
        if (phrase == null) {
            return false;
        }
        boolean need = NEEDS.contains(phrase);
        return !need || verb + 1 >= words.size() || !INFINITIVE_MARKS.contains(words.get(verb + 1));
    }

    /** "the new warehouse opens in April": a subject of a few words, a verb of the calendar, and its time. */
    private boolean isScheduled(List<String> words, String note) {
        if (scheduled.isEmpty() || words.stream().anyMatch(CONDITIONS::contains) || !ComingEvent.hasTime(note)) {
            return false;
        }
        // the subject's article counts too: "the new Trafford Park warehouse opens"
        for (int verb = 1; verb <= LONGEST_SUBJECT + 1 && verb < words.size(); verb++) {
            if (NOT_IN_SUBJECT.contains(words.get(verb - 1))) {
                return false;
            }
            String phrase = opensWith(words.subList(verb, words.size()), scheduled);
            if (phrase != null) {
                return onlyTimeAfter(String.join(" ", words.subList(verb, words.size())).substring(phrase.length()));
            }
        }
        return false;
    }

    /**
     * "in April", or "in April and needs volume": the time and at most a need. "opens in April at 40% occupancy"
     * says how it goes if nothing changes, so it is an outcome.
     */
    private static boolean onlyTimeAfter(String rest) {
        Matcher time = ComingEvent.time(rest);
        return time.find() && time.start() <= 1 && AFTER_TIME.matcher(rest.substring(time.end())).matches();
    }

    /** The phrase the words open with, or null. */
    private static String opensWith(List<String> words, List<String> phrases) {
        String from = String.join(" ", words.subList(0, Math.min(words.size(), LONGEST_PHRASE)));
        return phrases.stream().filter(phrase -> from.equals(phrase) || from.startsWith(phrase + " ")).findFirst()
                .orElse(null);
    }
}
