package app.followup.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consequence typed as the event that is coming, with no verb: "Ford dealer standards review in 2027, need to
 * show fleet growth or lose the franchise", "possible restructure of the field team in 2027". After "If nothing
 * changes," such a line is no sentence, so it gets the verb English says an event with: a dated event is there
 * ("there is a Ford dealer standards review in 2027", which {@link AlreadyHappened} then says as the fact it is,
 * before the consequences), a possible one could be ("there could be a restructure of the field team in 2027").
 * A need typed after it without its subject is the company's, so the reader's: ", and you need to show …".
 * <p>
 * Only a bare noun phrase whose head is an event a business plans or suffers (a review, a tender, a restructure)
 * is read so; one with a determiner, a verb, an unknown head, a/an unsure (a word in h- or u-), or anything after
 * its comma but a need, stays as typed.
 */
final class ComingEvent {
    /** Events a business has coming: their singular forms; a plural is the form plus "s". */
    private static final Set<String> EVENTS = Set.of(
            "review", "audit", "restructure", "restructuring", "reorganisation", "reorganization", "reorg",
            "merger", "takeover", "acquisition", "buyout", "sale", "tender", "re-tender", "retender", "rebid",
            "re-bid", "renewal", "re-procurement", "reprocurement", "launch", "relaunch", "inspection", "deadline",
            "consultation", "election", "vote", "flotation", "raise", "rebrand", "relocation", "closure", "shutdown",
            "rollout", "roll-out", "go-live", "migration", "freeze", "increase", "rise", "hike", "cut", "handover",
            "integration", "consolidation", "spin-off", "carve-out", "downsizing", "layoff", "redundancy",
            "reshuffle", "overhaul", "re-tendering", "retendering", "refresh", "ipo");
    /** What marks the event as possible rather than planned. */
    private static final Set<String> HEDGES = Set.of("possible", "potential");
    /** When the event comes: "in 2027", "by Q3", "from April", "in June 2027", "next year". */
    private static final Pattern WHEN = Pattern.compile(
            "(?i)\\b(?:in|by|from|during|before|after|until|at the end of|end of|early|late|mid)\\s+(?:\\d{4}|Q[1-4]"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|the (?:spring|summer|autumn"
                    + "|winter|new year)|(?:next|the next) (?:year|quarter|month|spring|summer|autumn|winter))\\b"
                    + "|\\bnext (?:year|quarter|month|spring|summer|autumn|winter)\\b");
    /** "need to …" typed without its subject; what follows is said as the reader's need. */
    private static final Pattern NEED = Pattern.compile("(?i)^(?:needs?|must|have to|has to)\\s+(\\S.*)$");
    private static final Set<String> ENDS_NOUN_PHRASE = Set.of(
            "of", "for", "with", "at", "on", "in", "by", "from", "to", "across", "during", "before", "after", "until",
            "next", "early", "late", "mid", "end");
    private static final Set<String> NOT_IN_NOUN_PHRASE = Set.of(
            "a", "an", "the", "our", "their", "its", "my", "your", "this", "that", "these", "those", "no", "is",
            "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "has", "have",
            "had", "do", "does", "did", "and", "or", "but", "if", "so", "because", "which", "who", "we", "they",
            "you", "it", "there", "not");
    /** Verbs in -s a hurried subject may come before ("team needs review …"), so the line has its verb after all. */
    private static final Set<String> VERB_STEMS = Set.of(
            "need", "want", "get", "make", "take", "run", "go", "lose", "miss", "win", "face", "mean", "see",
            "require", "expect", "hope", "look", "come", "put", "risk");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}&’'-]*|\\d+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}s?");

    private ComingEvent() {
    }

    /** True when the note says when something happens: "in April", "by Q3", "next year". */
    static boolean hasTime(String note) {
        return WHEN.matcher(note).find();
    }

    /** Where the note says when something happens. */
    static Matcher time(String note) {
        return WHEN.matcher(note);
    }

    /** The note with the verb its event wants; any other note as typed. Null stays null. */
    static String asClause(String note) {
        if (note == null || note.isBlank()) {
            return note;
        }
        String clean = note.strip();
        int comma = clean.indexOf(", ");
        String event = comma < 0 ? clean : clean.substring(0, comma);
        String after = comma < 0 ? null : clean.substring(comma + 2).strip();
        String need = null;
        if (after != null) {
            Matcher matcher = NEED.matcher(after);
            if (!matcher.matches() || matcher.group(1).contains(", ")) {
                return note;
            }
            need = matcher.group(1);
        }
        String[] words = event.split(" ");
        boolean hedged = HEDGES.contains(words[0].toLowerCase(Locale.ROOT));
        String[] phrase = hedged ? Arrays.copyOfRange(words, 1, words.length) : words;
        // a planned event is only read as one with its time: "tender in 2027"; a possible one needs none
        if (phrase.length == 0 || !hedged && !WHEN.matcher(event).find()) {
            return note;
        }
        Boolean plural = eventHead(phrase);
        if (plural == null) {
            return note;
        }
        String article = plural ? "" : article(phrase[0]);
        if (article == null) {
            return note;
        }
        String nounPhrase = (article.isEmpty() ? "" : article + " ") + String.join(" ", phrase);
        String there = hedged ? "there could be " : plural ? "there are " : "there is ";
        return there + nounPhrase + (need == null ? "" : ", and you need to " + need.replaceFirst("^to ", ""));
    }

    /** Whether the event is plural, when the phrase is a bare noun phrase whose head is an event; else null. */
    private static Boolean eventHead(String[] phrase) {
        String head = null;
        for (int i = 0; i < phrase.length; i++) {
            String word = phrase[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (i > 0 && ENDS_NOUN_PHRASE.contains(lower)) {
                break;
            }
            boolean lowerCase = word.equals(lower);
            if (!PLAIN.matcher(word).matches() || NOT_IN_NOUN_PHRASE.contains(lower)
                    || lowerCase && lower.endsWith("s") && VERB_STEMS.contains(lower.substring(0, lower.length() - 1))
                    || !lowerCase && i > 0 && !Character.isUpperCase(phrase[i - 1].charAt(0))
                            && !ACRONYM.matcher(word).matches()) {
                return null;
            }
            head = lower;
        }
        if (head == null) {
            return null;
        }
        if (EVENTS.contains(head)) {
            return false;
        }
        boolean plural = head.endsWith("s") && (EVENTS.contains(head.substring(0, head.length() - 1))
                || head.endsWith("ies") && EVENTS.contains(head.substring(0, head.length() - 3) + "y"));
        return plural ? Boolean.TRUE : null;
    }

    /** "a"/"an" by the first word's sound; null when its spelling does not tell (h-, u-, eu-, one-). */
    private static String article(String first) {
        if (ACRONYM.matcher(first).matches()) {
            // said letter by letter: "an NHS review", "a CQC inspection"
            return "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0 ? "an" : "a";
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.startsWith("h") || lower.startsWith("u") || lower.startsWith("eu") || lower.startsWith("one")
                || Character.isDigit(lower.charAt(0))) {
            return null;
        }
        return "aeio".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }
}
