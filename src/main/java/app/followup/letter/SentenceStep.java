package app.followup.letter;

import app.followup.model.Language;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step of the employer's process typed as a sentence with its subject, said as the step itself. A tester's
 * decision sentence read "after reference checks via Tom, I present a 90-day plan for the mid-market to you and You
 * get sign-off on the headcount from the board", and the plan repeated both sentences as milestones.
 * <ul>
 * <li>The candidate's own step loses its subject and is said as the step: "I present a 90-day plan to Rachel" is
 * "my presentation of a 90-day plan to Rachel" (so is "present 100 day plan to you"), and "I present my 90-day plan"
 * is "a presentation of my 90-day plan", "I meet the team" is "meet the team", which the letter says as
 * "meeting the team" ({@link EnglishArticle}); "jeg
 * presenterer casen for Ingrid" is "presentasjon av casen for Ingrid".</li>
 * <li>Someone receiving something is the thing received: "James gets sign-off on the headcount from the board" is
 * "sign-off on the headcount from the board", "Ingrid får godkjenning fra styret" is "godkjenning fra styret"; the
 * plan names James as its owner all the same.</li>
 * </ul>
 * Anything else typed as a sentence stays as typed: the rule only takes the shapes it is sure of.
 */
final class SentenceStep {
    private static final Pattern EN_MINE = Pattern.compile("^(?:I|I'll|I will|we|we'll|we will) (\\p{L}+) (.+)$");
    private static final Pattern NB_MINE = Pattern.compile("^(?:[Jj]eg|[Vv]i) (\\p{L}+) (.+)$");
    /** The candidate presenting, with or without "I": "present 100 day plan to you", "I'll present my case". */
    private static final Pattern EN_PRESENT = Pattern.compile("^(?:(?:I|I'll|I will|we|we'll|we will) present|[Pp]resent) (.+)$");
    /** "my 90-day plan", "our proposal": a thing whose owner is said already. */
    private static final Pattern EN_POSSESSIVE = Pattern.compile("(?i)(?:my|our|your|his|her|their)\\s");
    /** "James signs off the offer", "Karen signs off on the headcount". */
    private static final Pattern EN_SIGNS_OFF = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)? signs off (?:on )?(?:the )?(.+)$");
    /** "James gets", "the board gives"… : a name or "the board"/"styret" receiving something. */
    private static final Pattern EN_RECEIVES = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?|[Tt]he board|[Yy]ou) (?:gets|get|receives|obtains|secures)"
                    + " (.+)$");
    private static final Pattern NB_RECEIVES = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?|[Ss]tyret|[Dd]u) (?:får|mottar|henter inn) (.+)$");
    /** A Norwegian step verb of the candidate's and the noun the step is said with; "" when the object is the step. */
    private static final Map<String, String> NB_STEP_NOUNS = Map.of(
            "presenterer", "presentasjon av ", "møter", "møte med ", "holder", "", "tar", "", "gjennomfører", "",
            "besøker", "besøk hos ");

    private SentenceStep() {
    }

    /** The step as the letter's list says it after "etter"/"after", or as typed when it is no sentence it knows. */
    static String asStep(String step, Language language) {
        if (step == null) {
            return null;
        }
        Matcher received = (language == Language.NB ? NB_RECEIVES : EN_RECEIVES).matcher(step);
        if (received.matches()) {
            return received.group(1);
        }
        if (language == Language.EN) {
            Matcher presenting = EN_PRESENT.matcher(step);
            if (presenting.matches()) {
                // "present 100 day plan to you" / "I present a 90-day plan …": the candidate's presentation, a
                // noun among the other steps' nouns (readers asked for "my presentation of …" in both); a thing that
                // is already "my 90-day plan" says whose it is, so the presentation is "a presentation of my …"
                String thing = presenting.group(1);
                return (EN_POSSESSIVE.matcher(thing).lookingAt() ? "a presentation of " : "my presentation of ")
                        + BareSingular.withDefinite(thing);
            }
        }
        Matcher mine = (language == Language.NB ? NB_MINE : EN_MINE).matcher(step);
        if (!mine.matches()) {
            return step;
        }
        String verb = mine.group(1);
        if (language == Language.NB) {
            String noun = NB_STEP_NOUNS.get(verb);
            return noun == null ? step : noun + mine.group(2);
        }
        return EnglishArticle.isStepVerb(verb) ? verb + " " + mine.group(2) : step;
    }

    /** The step as a milestone of the plan: "Presenting a 90-day plan to you", "Sign-off on the headcount". */
    static String asMilestone(String what, Language language) {
        Matcher signed = language == Language.EN && what != null ? EN_SIGNS_OFF.matcher(what) : null;
        if (signed != null && signed.matches()) {
            // "James signs off the offer" as a row James owns: "Offer signed off (James)", not the addressee named
            return signed.group(1) + " signed off";
        }
        String step = asStep(what, language);
        if (step == null || step.equals(what)) {
            return what;
        }
        if (language == Language.EN && (step.startsWith("my presentation of ")
                || step.startsWith("a presentation of "))) {
            return step.substring(step.indexOf(' ') + 1);
        }
        return language == Language.EN ? EnglishArticle.withArticle(step) : step;
    }
}
