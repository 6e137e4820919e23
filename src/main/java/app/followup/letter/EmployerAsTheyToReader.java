package app.followup.letter;

import app.followup.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer spoken of as "de"/"they" in the challenge and the causes ("og de mister volumer", "They've got the
 * leads"), said to the reader: "og dere mister volumer", "You've got the leads" (letter-style rule 2). English "you"
 * takes the verb forms of "they", and Norwegian verbs do not change, so only the pronoun is turned. It is turned only
 * where it is surely the subject of a clause about the company: at the start of the note or of a clause in it
 * (after a full stop, a comma, a dash, "og"/"and", "fordi"/"because"), followed by its verb, and only when no plural
 * noun that opens an earlier clause could be the one meant ("Selgerne taper anbud, og de …" stays). A noun the
 * clause names again is not what its "they" means: customers who "have lost 1200 customers" are the company.
 * {@link ConsequenceToReader} does the same for consequences, where "they" also gets the future.
 */
final class EmployerAsTheyToReader {
    private static final Pattern NB_THEY = Pattern.compile("(?<![\\p{L}\\p{N}-])([Dd]e)(?= )");
    private static final Pattern EN_THEY = Pattern.compile("(?<![\\p{L}\\p{N}'’-])([Tt]hey(?:['’](?:ve|re|ll|d))?)(?= )");
    private static final Map<String, String> EN = Map.of("they", "you", "they've", "you've", "they're", "you're",
            "they'll", "you'll", "they'd", "you'd");
    /** What may stand right before a clause's subject: the note's start, a stop, a comma, a dash, a conjunction. */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile(
            "(?iu)(?:^|[.;:,–-]\\s*|\\b(?:og|men|fordi|siden|ettersom|and|but|because|cos|coz|since|so)\\s+)$");
    /** Words an "at"-clause or a main clause may put between "de" and its verb ("de bare har"). */
    private static final Set<String> NB_ADVERBS = Set.of("ikke", "aldri", "alltid", "også", "bare", "fortsatt",
            "ofte", "sjelden", "heller", "egentlig", "nesten", "allerede");
    /** A word that opens a clause and is a plural noun: "Selgerne", "kundene", "the reps", "customers". */
    private static final Pattern NB_PLURAL = Pattern.compile("(?iu)^\\p{L}+(?:ene|erne)$");
    private static final Pattern EN_PLURAL = Pattern.compile("(?iu)^\\p{L}{2,}[^s'’]s$");
    /** Words before a subject's noun: "the reps", "våre selgere", "de fleste kundene". */
    private static final Set<String> DETERMINERS = Set.of("the", "our", "your", "their", "these", "those", "all",
            "most", "many", "some", "both", "its", "de", "disse", "våre", "deres", "alle", "mange", "noen", "begge",
            "fleste", "hele");

    private final NoteText text;
    private final Language language;
    private final LetterWords words;

    EmployerAsTheyToReader(NoteText text, LetterWords words, Language language) {
        this.text = text;
        this.words = words;
        this.language = language;
    }

    /** The note with the employer's "de"/"they" said to the reader; any other note, and null, as it is. */
    String apply(String note) {
        if (note == null || note.isEmpty()) {
            return note;
        }
        Matcher matcher = (language == Language.NB ? NB_THEY : EN_THEY).matcher(note);
        StringBuilder out = new StringBuilder(note.length() + 8);
        int from = 0;
        while (matcher.find()) {
            String before = note.substring(0, matcher.start());
            String after = note.substring(matcher.end()).stripLeading();
            if (Quoted.contains(note, matcher.start()) || !CLAUSE_BEFORE.matcher(before).find()
                    || !verbFollows(after) || couldMeanAnEarlierNoun(before, after)) {
                continue;
            }
            out.append(note, from, matcher.start()).append(you(matcher.group(1)));
            from = matcher.end();
        }
        return from == 0 ? note : out.append(note, from, note.length()).toString();
    }

    private String you(String they) {
        String you = language == Language.NB ? words.get("you.plural")
                : EN.get(they.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (language == Language.EN && they.contains("’")) {
            you = you.replace('\'', '’');
        }
        return Character.isUpperCase(they.charAt(0)) ? Texts.capitalise(you, language.locale()) : you;
    }

    /** "de mister", "de bare har", "they sell", "they've got": a verb, not an article ("de største kundene"). */
    private boolean verbFollows(String after) {
        if (language == Language.EN) {
            return !after.isEmpty() && Character.isLowerCase(after.charAt(0));
        }
        List<String> rest = new ArrayList<>(List.of(after.split(" ")));
        while (rest.size() > 1 && NB_ADVERBS.contains(rest.get(0).toLowerCase(Locale.ROOT))) {
            rest.remove(0);
        }
        return text.opensWithSubject("de " + String.join(" ", rest), "de");
    }

    /**
     * A noun that is the subject of an earlier clause of the note and could be what "they" means: a plural
     * ("Selgerne", "the reps") or a group of people ("the account team", "kundeteamet", "the board"), unless it is
     * named again after "they". "The account team is reactive: they quote what is asked for" is about the team.
     */
    private boolean couldMeanAnEarlierNoun(String before, String after) {
        String afterLower = after.toLowerCase(Locale.ROOT);
        for (String clause : before.split("[.;:,–]\\s*|\\s+-\\s+|\\s+(?:og|and|men|but)\\s+")) {
            List<String> clauseWords = clause.strip().isEmpty() ? List.of()
                    : List.of(clause.strip().split("\\s+")).stream().map(w -> w.replaceAll("[^\\p{L}]", "")).toList();
            for (String noun : subjectNouns(clause, clauseWords)) {
                if (isGroup(noun) || isPlural(noun) && !namedAgain(noun, afterLower)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words that may head the clause's subject: its first word, the first after its determiners ("the reps"),
     * and the word before its finite verb ("the account team is").
     */
    private List<String> subjectNouns(String clause, List<String> clauseWords) {
        if (clauseWords.isEmpty()) {
            return List.of();
        }
        List<String> nouns = new ArrayList<>();
        nouns.add(clauseWords.get(0));
        int first = 0;
        while (first < clauseWords.size() - 1 && DETERMINERS.contains(clauseWords.get(first).toLowerCase(Locale.ROOT))) {
            first++;
        }
        nouns.add(clauseWords.get(first));
        int verb = text.finiteVerbAt(clause.strip());
        if (verb > 0 && verb <= clauseWords.size()) {
            nouns.add(clauseWords.get(verb - 1));
        }
        return nouns.stream().filter(noun -> !noun.isEmpty()).toList();
    }

    /** "customers" in "… they have lost 1200 customers", "selgerne" in "… de har ingen selgere". */
    private boolean namedAgain(String noun, String afterLower) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String stem = language == Language.NB ? lower.substring(0, lower.length() - 3)
                : lower.substring(0, lower.length() - 1);
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem)).matcher(afterLower).find();
    }

    private boolean isPlural(String noun) {
        return (language == Language.NB ? NB_PLURAL : EN_PLURAL).matcher(noun).matches();
    }

    private boolean isGroup(String noun) {
        return words.pattern("they.group.pattern").matcher(noun).matches();
    }
}
