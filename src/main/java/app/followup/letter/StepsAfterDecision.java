package app.followup.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bokmål steps typed as clauses with their own subject and verb ("Marte tar referansene", "Hans Petter anbefaler"),
 * said after "du tar den endelige beslutningen etter": a tester's letter glued them in as typed, "etter Marte tar
 * referansene og Hans Petter anbefaler". A clause after "etter" takes "at" and, where every verb's participle is
 * sure, the perfect: "etter at Marte har tatt referansene og Hans Petter har gitt sin anbefaling"; else the present,
 * "etter at Marte tar referansene …". Steps that are nouns keep theirs, and a second run gets its own "etter":
 * "etter referansesjekk og etter at Hans Petter har gitt sin anbefaling".
 * <p>
 * A step typed as a label with a comma splice after it ("referansesjekk, Marte i Rekruttpartner tar referansene")
 * is the label done by that person: "referansesjekk via Marte i Rekruttpartner" (two testers found "ved" unnatural).
 * <p>
 * A clause is only one whose subject is surely a person: a name (the words with capitals that open the step, "i
 * Rekruttpartner" after it) or the reader, "du"/"dere", and whose next word is a present tense.
 */
final class StepsAfterDecision {
    private static final Pattern PERSON_AND_VERB = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}-]*)(?: \\p{Lu}[\\p{L}-]*){0,2}" + Affiliation.AFTER_NAME + "|du|dere)"
                    + " (\\p{Ll}+)(?: (.+))?$");
    private static final Map<String, String> PARTICIPLES = Map.ofEntries(
            Map.entry("tar", "tatt"), Map.entry("gir", "gitt"), Map.entry("får", "fått"), Map.entry("går", "gått"),
            Map.entry("ser", "sett"), Map.entry("sier", "sagt"), Map.entry("gjør", "gjort"),
            Map.entry("anbefaler", "anbefalt"), Map.entry("godkjenner", "godkjent"), Map.entry("bestemmer", "bestemt"),
            Map.entry("sender", "sendt"), Map.entry("sjekker", "sjekket"), Map.entry("ringer", "ringt"),
            Map.entry("møter", "møtt"), Map.entry("snakker", "snakket"), Map.entry("intervjuer", "intervjuet"),
            Map.entry("holder", "holdt"), Map.entry("innhenter", "innhentet"), Map.entry("kontakter", "kontaktet"));
    /** "presenterer", "vurderer", "signerer": the verbs in -ere, whose participle is always -ert. */
    private static final String ERE_PRESENT = "erer";
    private static final Set<String> SENTENCE_ADVERBS = Set.of("ikke", "aldri", "også", "alltid", "bare", "først");
    private static final int LONGEST_LABEL = 3;
    private static final String RECOMMENDS = "anbefaler";

    private final String and;
    private final String that;
    private final String after;
    private final String has;
    private final String by;
    private final LetterWords words;

    StepsAfterDecision(LetterWords words) {
        this.and = words.get("and");
        this.that = words.get("steps.after.that");
        this.after = words.get("steps.after");
        this.has = words.get("steps.after.has");
        this.by = words.get("steps.by");
        this.words = words;
    }

    /** "referansesjekk, Marte i Rekruttpartner tar referansene" → "referansesjekk via Marte i Rekruttpartner". */
    String mended(String step) {
        int comma = step.indexOf(", ");
        if (comma < 0 || step.indexOf(", ", comma + 2) >= 0) {
            return step;
        }
        String label = step.substring(0, comma);
        Matcher person = PERSON_AND_VERB.matcher(step.substring(comma + 2));
        boolean bareLabel = label.split(" ").length <= LONGEST_LABEL && label.equals(label.toLowerCase(Locale.ROOT));
        if (!bareLabel || !person.matches() || !isPresent(person.group(2)) || isPronoun(person.group(1))) {
            return step;
        }
        return label + " " + by + " " + person.group(1);
    }

    /**
     * The steps as "etter" takes them ("at Marte har tatt referansene og …"), or {@code joined} as it was. Clauses
     * and nouns in two runs each have their "etter": "referansesjekk og etter at Hans Petter …", "at Marte har tatt
     * referansene og etter et møte med styret"; three runs or more are too long a sentence, and stay as typed.
     */
    String said(List<String> steps, String joined) {
        List<Matcher> read = read(steps);
        if (read.stream().allMatch(Objects::isNull)) {
            return joined;
        }
        boolean perfect = read.stream().filter(Objects::nonNull).allMatch(c -> participle(c.group(2)) != null);
        int split = 1;
        while (split < steps.size() && (read.get(split) == null) == (read.get(0) == null)) {
            split++;
        }
        for (int i = split; i < steps.size(); i++) {
            if ((read.get(i) == null) == (read.get(0) == null)) {
                return joined;
            }
        }
        String first = run(steps.subList(0, split), read.subList(0, split), perfect);
        if (split == steps.size()) {
            return first;
        }
        return first + (split > 1 ? "," : "") + " " + and + " " + after + " "
                + run(steps.subList(split, steps.size()), read.subList(split, steps.size()), perfect);
    }

    /**
     * The steps after "Veien videre er": clauses every one, "at Marte tar referansene og Hans Petter gir sin
     * anbefaling"; a list with a noun in it as it was ({@code joined}).
     */
    String asComplement(List<String> steps, String joined) {
        List<Matcher> read = read(steps);
        return read.isEmpty() || read.contains(null) ? joined : run(steps, read, false);
    }

    /** Steps of one kind: clauses after "at", or nouns as they are. */
    private String run(List<String> steps, List<Matcher> read, boolean perfect) {
        if (read.get(0) == null) {
            return joinedWithAnd(steps);
        }
        return that + " " + joinedWithAnd(read.stream()
                .map(c -> c.group(1) + " " + predicate(c.group(1), c.group(2), c.group(3), perfect)).toList());
    }

    /** Each step read as a clause with a person as its subject, or null where it is none. */
    private static List<Matcher> read(List<String> steps) {
        List<Matcher> read = new ArrayList<>();
        for (String step : steps) {
            Matcher person = PERSON_AND_VERB.matcher(step);
            boolean clause = person.matches() && isPresent(person.group(2))
                    && (person.group(3) == null || !SENTENCE_ADVERBS.contains(person.group(3).split(" ")[0]));
            read.add(clause ? person : null);
        }
        return read;
    }

    /**
     * "tar referansene" → "har tatt referansene"; "anbefaler" with nothing after it is "har gitt sin anbefaling",
     * since "Hans Petter har anbefalt." leaves the reader asking what.
     */
    private String predicate(String subject, String verb, String rest, boolean perfect) {
        if (rest == null && verb.equals(RECOMMENDS)) {
            // the reader's own recommendation is "din"/"deres", never "sin"
            String suffix = isPronoun(subject) ? "." + subject : "";
            return perfect ? has + " " + words.get("steps.recommended" + suffix)
                    : words.get("steps.recommends" + suffix);
        }
        return (perfect ? has + " " + participle(verb) : verb) + (rest == null ? "" : " " + rest);
    }

    private String joinedWithAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    static String participle(String present) {
        String known = PARTICIPLES.get(present);
        if (known == null && present.endsWith(ERE_PRESENT)) {
            return present.substring(0, present.length() - 2) + "t";
        }
        return known;
    }

    private static boolean isPresent(String verb) {
        return PARTICIPLES.containsKey(verb) || verb.length() > 4 && verb.endsWith("er");
    }

    private static boolean isPronoun(String subject) {
        return subject.equals("du") || subject.equals("dere");
    }
}
