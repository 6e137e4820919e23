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
 * ("Blir det ikke løst, har dere mistet …" said a past fact as a future consequence). So is an English state that
 * holds now: "North revenue is down 11% YTD", "churn is up in mid-market", "there is no budget left", "there is a
 * dealer standards review in 2027" ("If nothing changes, North revenue is down …" says the present as a future).
 * A note with a condition in it ("hvis", "if") stays a consequence.
 */
final class AlreadyHappened {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:.]+");
    private static final Set<String> NB_PERFECT = Set.of("har", "hadde");
    private static final Set<String> EN_PERFECT = Set.of("have", "has", "had", "'ve", "’ve");
    private static final Set<String> CONDITIONS = Set.of("hvis", "dersom", "om", "if", "unless", "when", "når");
    /** English participles that do not end in -ed: the ones a lost-business note uses. */
    private static final Set<String> EN_IRREGULAR = Set.of("lost", "gone", "seen", "fallen", "had", "left", "been",
            "taken", "shrunk", "grown", "won", "cut", "spent", "let");
    /** Forms that are as often present, or no verb of their own: "cut", "let", "had", "been". */
    private static final Set<String> NOT_PAST_ALONE = Set.of("cut", "let", "had", "been", "left");
    private static final int SUBJECT_WORDS = 3;
    /** A personal pronoun as the subject: a past-tense verb right after it says what has happened. */
    private static final Set<String> NB_PRONOUNS = Set.of("vi", "dere", "de", "han", "hun", "jeg");
    private static final Set<String> EN_PRONOUNS = Set.of("we", "they", "you", "he", "she", "i");
    /** Norwegian strong verbs in the past, as a lost-business note uses them ("vi falt ut av anbudet"). */
    private static final Set<String> NB_STRONG_PAST = Set.of("falt", "gikk", "sank", "forsvant", "fikk", "tok", "ga",
            "ble", "kom", "måtte", "sa", "valgte", "solgte");
    /** "is down", "are already up", "is flat", "is behind": where a figure or a trend stands now. */
    private static final Set<String> EN_BE = Set.of("is", "are");
    private static final Set<String> EN_STATE = Set.of("down", "up", "flat", "behind", "below");
    private static final Set<String> EN_STATE_ADVERBS = Set.of("already", "now", "still", "currently");

    /** What a past verb with no subject must be followed by to be a verb: "lost two renewals", "missed the target". */
    private static final Pattern EN_OBJECT = Pattern.compile(
            "(?i)(?:a|an|the|our|their|its|one|two|three|four|five|six|seven|eight|nine|ten|half|several|both|most"
                    + "|\\d\\S*|[£$€]\\S*)");

    private final Language language;

    AlreadyHappened(Language language) {
        this.language = language;
    }

    /**
     * "lost two renewals this year (about £1.2m)" → "you lost two renewals …": an English consequence typed from its
     * past verb is what the employer lived, and the letter says it to them. Only a past verb followed by a count or
     * a determiner is read so: "lost market share" is the outcome it says (a phrase), and stays.
     */
    static String withReaderAsSubject(String note) {
        if (note == null) {
            return null;
        }
        String[] words = note.strip().split(" ");
        // "Lost two renewals …" as a British tester typed it, capital and all: a verb, not a name
        if (words.length < 3 || !words[0].substring(1).equals(words[0].substring(1).toLowerCase(Locale.ROOT))) {
            return note;
        }
        String verb = words[0].toLowerCase(Locale.ROOT);
        boolean past = EN_IRREGULAR.contains(verb) && !NOT_PAST_ALONE.contains(verb)
                || verb.length() > 3 && verb.endsWith("ed") && !verb.endsWith("eed");
        return past && EN_OBJECT.matcher(words[1]).matches() ? "you " + verb + note.strip().substring(verb.length())
                : note;
    }

    /** True when the note says what has happened ("we have lost …"). */
    boolean is(String note) {
        List<String> words = words(note);
        if (words.stream().anyMatch(CONDITIONS::contains)) {
            return false;
        }
        Set<String> perfect = language == Language.NB ? NB_PERFECT : EN_PERFECT;
        for (int i = 1; i <= Math.min(SUBJECT_WORDS, words.size() - 2); i++) {
            // "two renewals have already been lost": an adverb may stand between
            int next = i + 1;
            while (next < words.size() - 1 && EN_STATE_ADVERBS.contains(words.get(next))) {
                next++;
            }
            // "two renewals were lost this year": the past passive is what happened too
            boolean pastPassive = language == Language.EN
                    && (words.get(i).equals("was") || words.get(i).equals("were"));
            if ((perfect.contains(words.get(i)) || pastPassive) && isParticiple(words.get(next))) {
                return true;
            }
        }
        // "vi mistet tre av de 20 største kundene i år": the past said as it happened, not a future consequence
        return words.size() > 2 && isSimplePast(words.get(0), words.get(1));
    }

    private boolean isSimplePast(String subject, String verb) {
        if (language == Language.NB) {
            if (!NB_PRONOUNS.contains(subject)) {
                return false;
            }
            if (NB_STRONG_PAST.contains(verb) || verb.length() > 4 && (verb.endsWith("et") || verb.endsWith("dde"))) {
                return true;
            }
            // "tapte", "prøvde"; "de ansatte", "de største" are "the …", not "they …"
            return !subject.equals("de") && verb.length() > 4 && (verb.endsWith("te") || verb.endsWith("de"))
                    && !verb.endsWith("ste");
        }
        // "need", "exceed", "succeed" end in -ed and are present
        return EN_PRONOUNS.contains(subject) && (verb.length() > 3 && verb.endsWith("ed") && !verb.endsWith("eed")
                || EN_IRREGULAR.contains(verb) && !verb.equals("cut") && !verb.equals("let"));
    }

    /**
     * True when an English note says how things stand now: "there is …"/"there are …" at its start, or a subject of
     * up to three words that "is down"/"are up"/"is flat". A note typed after "so"/"which means" is an outcome even
     * in the present, so the caller asks this only of a note typed without one.
     */
    boolean holdsNow(String note) {
        List<String> words = words(note);
        if (language != Language.EN || words.stream().anyMatch(CONDITIONS::contains)) {
            return false;
        }
        if (words.size() > 2 && words.get(0).equals("there") && (words.get(1).equals("is") || words.get(1).equals("are"))
                || words.size() > 1 && words.get(0).equals("there's")) {
            return true;
        }
        for (int i = 1; i <= Math.min(SUBJECT_WORDS, words.size() - 2); i++) {
            if (EN_BE.contains(words.get(i))) {
                int state = i + 1;
                while (state < words.size() - 1 && EN_STATE_ADVERBS.contains(words.get(state))) {
                    state++;
                }
                return EN_STATE.contains(words.get(state));
            }
        }
        return false;
    }

    private static List<String> words(String note) {
        return List.of(SEPARATORS.split(note.toLowerCase(Locale.ROOT).replace("’", "'").replace("'ve", " 've")));
    }

    private boolean isParticiple(String word) {
        if (language == Language.NB) {
            return word.length() > 3 && (word.endsWith("et") || word.endsWith("tt") || word.endsWith("dd")
                    || word.endsWith("t") && !word.endsWith("st"));
        }
        return word.length() > 3 && word.endsWith("ed") || EN_IRREGULAR.contains(word);
    }
}
