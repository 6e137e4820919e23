package app.followup.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two main clauses a hurried English note runs together with a comma: "there is no discovery or mutual action plan,
 * deals go dark after the demo", "the relationship with the trusts sits with operations, nobody in BD talks to
 * estates directors between tenders". Inside a list of causes the comma reads as the list's own, so the second
 * clause is set off with a dash, which says "and this is what that looks like" without guessing whether it is a
 * cause ("so") or an addition ("and"): "… action plan – deals go dark after the demo". A verbless "all word of
 * mouth" after the comma is the same remark with its "it is" left out: "– it is all word of mouth".
 * <p>
 * Only a note with one comma is read so, and only when what follows it surely opens a clause of its own (a subject
 * pronoun, a clause the reading finds, or a plural subject before a plain verb: "deals go dark"); a list, a clause
 * that opens with a conjunction, and anything the rule is unsure of stay as typed.
 */
final class CommaSplice {
    private static final String DASH = " – ";
    private static final Set<String> SUBJECTS = Set.of(
            "i", "you", "we", "they", "he", "she", "it", "nobody", "no-one", "noone", "everyone", "everybody",
            "someone", "somebody", "there");
    /** Plain verbs that follow a plural subject: "deals go dark", "reps sit in the car". */
    private static final Set<String> PLAIN_VERBS = Set.of(
            "go", "get", "sit", "run", "take", "make", "come", "buy", "sell", "talk", "want", "need", "know", "see",
            "use", "have", "do", "live", "fall", "drop", "stall", "stay", "end", "slip", "die", "lose", "miss", "win", "work",
            "look", "move", "leave", "quote", "chase", "spend", "wait", "rely", "depend", "expect", "think", "say",
            "cover", "visit", "call", "ring", "discount", "churn", "walk", "drift", "fail", "struggle", "never",
            "don't", "can't", "won't", "only", "still", "just", "often", "always", "rarely");
    /** Words that join what follows to what went before: after one, the comma is no splice. */
    private static final Set<String> JOINING = Set.of(
            "and", "but", "or", "so", "which", "who", "whose", "where", "when", "while", "because", "as", "since",
            "although", "though", "if", "unless", "until", "then", "that", "meaning", "leaving", "e.g", "i.e",
            "incl", "including", "especially", "mainly", "mostly", "not");

    private final NoteText text;

    CommaSplice(NoteText text) {
        this.text = text;
    }

    /** The clause with its spliced second clause set off by a dash; any other text as it is. */
    String joined(String clause) {
        if (clause == null) {
            return null;
        }
        int comma = clause.indexOf(", ");
        if (comma < 0 || clause.indexOf(", ", comma + 2) >= 0 || insideBrackets(clause, comma)) {
            return clause;
        }
        String first = clause.substring(0, comma);
        String second = clause.substring(comma + 2);
        List<String> words = text.words(second);
        if (words.size() < 2 || JOINING.contains(words.get(0)) || JOINING.contains(text.words(first).get(0))) {
            return clause;
        }
        if (words.get(0).equals("all") && text.hasNoVerb(second)) {
            // "all word of mouth": the remark on the clause before, its "it is" left out in a hurry
            return first + DASH + "it is " + second;
        }
        if (!opensClause(second, words)) {
            return clause;
        }
        List<String> firstWords = text.words(first);
        if (firstWords.size() >= 2 && firstWords.size() <= 4 && firstWords.get(0).equals("no")
                && text.hasNoVerb(first)) {
            // "No proper pipeline, forecasts live in spreadsheets": the missing thing is there-is-no, then the clause
            String thereIs = Character.isUpperCase(first.charAt(0)) ? "There is " : "there is ";
            return thereIs + "no" + first.substring(2) + DASH + second;
        }
        return first + DASH + second;
    }

    private boolean opensClause(String part, List<String> words) {
        String subject = words.get(0).replace('’', '\'');
        int apostrophe = subject.indexOf('\'');
        String pronoun = apostrophe > 0 ? subject.substring(0, apostrophe) : subject;
        if (SUBJECTS.contains(pronoun) || text.isClause(part)) {
            return true;
        }
        for (int i = 1; i < Math.min(words.size(), 3); i++) {
            String before = words.get(i - 1);
            if (isPlural(before) && PLAIN_VERBS.contains(words.get(i).replace('’', '\''))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 2 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s")
                && !lower.endsWith("us") && !lower.endsWith("is");
    }

    /** A comma inside brackets belongs to what they hold: "(net zero, patient experience)". */
    private static boolean insideBrackets(String clause, int at) {
        String before = clause.substring(0, at);
        return before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count();
    }
}
