package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Round;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shorthand and slips of hurried English notes that have one certain reading: "3 yrs" is "3 years", "24hrs" is
 * "24 hours", a "100 day plan" is a "100-day plan", "its the" is "it's the", "thats" is "that's", "3 refs" is "3
 * references", "figures vs target" is "figures against target". A form with two readings ("its" before a noun is
 * the possessive: "its margin"; "vs" between two names) stays as typed.
 */
final class HurriedEnglish {
    private static final Pattern UNITS = Pattern.compile(
            "(?<=\\d)\\s?(yrs?|hrs?|mths?|mos|wks?|mins?)\\b(?!\\.\\p{L})", Pattern.CASE_INSENSITIVE);
    /** "100 day plan", "2 week sale": a number and a unit in the singular before a noun are one adjective. */
    private static final Pattern NUMBER_UNIT_NOUN = Pattern.compile(
            "(?<![\\d.,-])(\\d+) (day|week|month|year|hour|minute|mile|point|step|page)"
                    + "(?= (?!(?:a|an|the|per|of|in|on|and|or|to|ago|before|after|later|left|each|every|from|for|with"
                    + "|at|by|off|late|early|notice|is|was|will)\\b)[a-z])");
    /** "its" is "it's" only before a word that cannot follow the possessive: an article, an adjective's "not" … */
    private static final Pattern ITS_IS = Pattern.compile(
            "\\b([Ii])ts (?=(the|a|an|not|all|just|only|never|always|been|going|still|now|too|very|\\d))");
    private static final Pattern THATS = Pattern.compile("\\b([Tt])hats\\b");
    /** "3 refs", "2 refs incl. …": after a count, "refs" can only be references (a referee's "ref" is one). */
    private static final Pattern REFERENCES = Pattern.compile("(?<=\\d )(refs?)\\b(?!\\.\\p{L})");
    /** "figures vs target": a result set against the figure it was meant to reach. */
    private static final Pattern VERSUS_TARGET = Pattern.compile(
            "\\b(?:vs\\.?|v\\.) (?=(?:target|plan|budget|forecast|quota)s?\\b)");
    /** "by end of Q3": the end of a period takes its article. */
    private static final Pattern END_OF = Pattern.compile("\\b(by|at|before|until|till|from|to|towards) end of\\b");
    /** "talking to theatre nurses not to procurement": a contrast after a noun is set off by a comma. */
    private static final Pattern NOT_CONTRAST = Pattern.compile(
            "(?<!\\b(?:is|are|was|were|am|be|been|do|does|did|have|has|had|will|would|could|can|should|must|may|might"
                    + "|need|needs|want|wants|able|going|used|why|how|whether|or|and|but|,))"
                    + "(?<=\\p{L}) not (?=(?:to|with|for|at|in|on|from|by) )");
    /** "one ex manager": the prefix, typed as a word of its own. */
    private static final Pattern EX = Pattern.compile("\\b([Ee]x) (?=\\p{Ll}{3,})");
    private static final CommaSplice SPLICE = new CommaSplice(new NoteText(Language.EN, Set.of()));
    private static final Pattern CAUSE = Pattern.compile("\\bcos\\b(?= [a-z])");
    /** "going back to same 20 accounts": "same" after a preposition wants its article. */
    private static final Pattern SAME = Pattern.compile("\\b(to|at|in|on|with|from|for|of|by) same\\b");

    private HurriedEnglish() {
    }

    /** The round's notes that the letter weaves into prose, each with its certain shorthand written out. */
    static Round inRound(Round round) {
        return round.with(copy -> {
            // "they've got the leads, its the conversion thats broken": two clauses spliced, as in a cause
            String challenge = VerblessFragment.withVerb(written(round.challenge()));
            copy.challenge = challenge == null ? null : SPLICE.joined(challenge);
            copy.causes = withVerbs(all(round.causes()));
            copy.consequences = withVerbs(comingEvents(all(round.consequences())));
            copy.hiringVision = written(round.hiringVision());
            copy.evidence = round.evidence().stream().map(e -> e.withDetail(written(e.detail()))).toList();
            if (round.decisionProcess() != null) {
                copy.decisionProcess = round.decisionProcess().withSteps(all(round.decisionProcess().steps()));
            }
        });
    }

    private static List<String> comingEvents(List<String> notes) {
        return notes == null ? null : notes.stream().map(ComingEvent::asClause)
                .map(AlreadyHappened::withReaderAsSubject).map(EnglishOngoingRate::apply).toList();
    }

    private static List<String> withVerbs(List<String> notes) {
        return notes == null ? null : notes.stream().map(VerblessFragment::withVerb).toList();
    }

    private static List<String> all(List<String> notes) {
        return notes == null ? null : notes.stream().map(n -> n == null ? null : written(n)).toList();
    }

    /** The note with its certain shorthand written out; null stays null. */
    static String written(String note) {
        if (note == null || note.isEmpty()) {
            return note;
        }
        String text = replaceUnits(note);
        text = NUMBER_UNIT_NOUN.matcher(text).replaceAll("$1-$2");
        text = ITS_IS.matcher(text).replaceAll("$1t's ");
        text = THATS.matcher(text).replaceAll("$1hat's");
        text = SAME.matcher(text).replaceAll("$1 the same");
        text = REFERENCES.matcher(text).replaceAll(ref -> ref.group(1).equals("ref") ? "reference" : "references");
        text = VERSUS_TARGET.matcher(text).replaceAll("against ");
        text = END_OF.matcher(text).replaceAll("$1 the end of");
        text = EX.matcher(text).replaceAll("$1-");
        text = NOT_CONTRAST.matcher(text).replaceAll(", not ");
        text = BareSingular.inProse(text);
        return CAUSE.matcher(text).replaceAll("because");
    }

    private static String replaceUnits(String note) {
        Matcher unit = UNITS.matcher(note);
        StringBuilder out = new StringBuilder();
        while (unit.find()) {
            String word = switch (unit.group(1).toLowerCase().replaceAll("s$", "")) {
                case "yr" -> "year";
                case "hr" -> "hour";
                case "mth", "mo" -> "month";
                case "wk" -> "week";
                default -> "minute";
            };
            String number = note.substring(0, unit.start()).replaceAll(".*?(\\d+)$", "$1");
            boolean one = number.equals("1");
            unit.appendReplacement(out, " " + word + (one ? "" : "s"));
        }
        unit.appendTail(out);
        return out.toString();
    }
}
