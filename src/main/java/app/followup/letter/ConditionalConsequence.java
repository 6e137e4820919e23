package app.followup.letter;

import app.followup.model.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consequence typed as a condition of its own: "if Barlaston Ceramics goes they lose 30% of turnover", "If they
 * lose Greencroft, the line runs at half capacity", "anbudet i 2027 – taper de det, er de ute av OUS". After "If
 * nothing changes," / "Blir det ikke løst," it would be a condition inside a condition, so the letter writes it as
 * a sentence of its own, said to the reader: the employer's "they"/"de" as the subject of either clause is "you"/
 * "dere" (the letter goes to them), and an English "if"-clause typed without its comma gets one before the main
 * clause's subject.
 */
final class ConditionalConsequence {
    private static final Pattern FIRST_WORD_END = Pattern.compile("[ ,]");
    private static final Set<String> EN_CONDITIONS = Set.of("if", "unless");
    private static final Set<String> NB_CONDITIONS = Set.of("hvis", "dersom", "om");
    private static final Pattern EN_CONDITION_INSIDE = Pattern.compile("(?i) (?:if|unless) ");
    private static final Pattern NB_CONDITION_INSIDE = Pattern.compile("(?iu) (?:hvis|dersom) ");
    private static final Set<String> EN_SUBJECTS = Set.of("they", "we", "you", "it", "he", "she");
    /** "it's 35% of van volume gone", "they'll walk": a subject with its verb run on, as a main clause opens too. */
    private static final Set<String> EN_RUN_ON = Set.of("'s", "'re", "'ll", "'d", "'ve");
    /** "if the buyer says it is too dear": after a verb of saying or thinking, the pronoun opens what is said. */
    private static final Set<String> EN_REPORTING = Set.of(
            "says", "said", "thinks", "thought", "feels", "felt", "believes", "decides", "decided", "finds",
            "found", "knows", "realises", "realizes", "hears", "tells", "told", "sees", "saw", "means");
    /** Where a Norwegian condition may start inside a note: its start, or after a dash or colon. */
    private static final Pattern NB_SEGMENT = Pattern.compile("\\s[–-]\\s|:\\s");

    private final NoteText text;
    private final Language language;

    ConditionalConsequence(NoteText text, Language language) {
        this.text = text;
        this.language = language;
    }

    /** True when the note is a condition with its own outcome, not an outcome of "if nothing changes". */
    boolean is(String note) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return false;
        }
        String first = firstWord(clean);
        if ((language == Language.NB ? NB_CONDITIONS : EN_CONDITIONS).contains(first) || conditionAfter(clean) > 0) {
            return true;
        }
        return language == Language.NB && Arrays.stream(NB_SEGMENT.split(clean)).anyMatch(this::isVerbFirstCondition);
    }

    /** "taper de det, er de ute …": a verb first, a comma, then the outcome's verb first as well. */
    private boolean isVerbFirstCondition(String segment) {
        int comma = segment.indexOf(", ");
        return comma > 0 && text.opensWithVerb(segment.substring(0, comma))
                && text.opensWithVerb(segment.substring(comma + 2));
    }

    /**
     * Where a condition typed after its outcome starts ("margin drops below 4% next year if spot volumes stay where
     * they are", "omsetningen faller 15 prosent i 2027 hvis det fortsetter"), or -1: testers' letters read "If nothing
     * changes, margin drops … if spot volumes stay …", a condition inside a condition.
     */
    private int conditionAfter(String clean) {
        Matcher condition = (language == Language.NB ? NB_CONDITION_INSIDE : EN_CONDITION_INSIDE).matcher(clean);
        // an outcome of three words or more before it ("margin drops below …"): the clause test misses an English
        // verb after a bare noun, and a condition this far in is no part of a name
        return condition.find() && clean.substring(0, condition.start()).split(" ").length >= 3
                ? condition.start() : -1;
    }

    /** The note as a sentence of its own, said to the reader. */
    String sentence(String note) {
        String clean = Texts.clause(note);
        if (!(language == Language.NB ? NB_CONDITIONS : EN_CONDITIONS).contains(firstWord(clean))
                && conditionAfter(clean) > 0) {
            // the outcome first, as typed: only its first letter and full stop are the letter's
            return Texts.sentence(clean, Locale.ROOT);
        }
        List<String> words = Arrays.asList(clean.split(" "));
        return language == Language.NB ? Texts.sentence(norwegian(words), Locale.ROOT)
                : Texts.sentence(english(words), Locale.ROOT);
    }

    /** "they" right after "if" and as the first word after the condition's comma, which goes in if it was left out. */
    private static String english(List<String> words) {
        boolean comma = String.join(" ", words).contains(",");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            String before = i == 0 ? "" : words.get(i - 1);
            boolean afterCondition = EN_CONDITIONS.contains(before.toLowerCase(Locale.ROOT));
            boolean mainSubject = before.endsWith(",");
            if (!comma && i >= 3 && isSubject(lower) && !afterCondition
                    && !EN_REPORTING.contains(before.toLowerCase(Locale.ROOT))) {
                // "if Barlaston Ceramics goes they lose …": the main clause starts at its subject
                out.append(',');
                comma = true;
                mainSubject = true;
            }
            out.append(i == 0 ? "" : " ");
            boolean they = lower.equals("they") || lower.startsWith("they") && isSubject(lower);
            out.append((afterCondition || mainSubject) && they ? "you" + word.substring("they".length()) : word);
        }
        return out.toString();
    }

    /** "they", or "it's"/"they'll" with its verb run on (either apostrophe). */
    private static boolean isSubject(String lower) {
        String plain = lower.replace('’', '\'');
        int apostrophe = plain.indexOf('\'');
        return EN_SUBJECTS.contains(plain) || apostrophe > 0 && EN_SUBJECTS.contains(plain.substring(0, apostrophe))
                && EN_RUN_ON.contains(plain.substring(apostrophe));
    }

    /** "taper de det, er de ute": "de" right after either clause's verb, or after "hvis"/"dersom". */
    private String norwegian(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean subjectSlot = i > 0 && (NB_CONDITIONS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))
                    || isClauseVerb(words, i - 1));
            out.append(i == 0 ? "" : " ").append(subjectSlot && word.equals("de") ? "dere" : word);
        }
        return out.toString();
    }

    /** A verb that opens a clause: at the note's start, after a dash or colon, or after a comma. */
    private boolean isClauseVerb(List<String> words, int index) {
        String before = index == 0 ? "" : words.get(index - 1);
        boolean opensClause = index == 0 || before.endsWith(",") || before.equals("–") || before.equals("-")
                || before.endsWith(":");
        return opensClause && text.opensWithVerb(words.get(index) + " " + (index + 1 < words.size()
                ? words.get(index + 1) : ""));
    }

    private static String firstWord(String clean) {
        return FIRST_WORD_END.split(clean, 2)[0].toLowerCase(Locale.ROOT);
    }
}
