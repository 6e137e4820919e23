package app.followup.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step typed as a label and a clause ("references - Tom at PeopleFirst takes them", "reference checks, Tom runs
 * them") came into "after …" as it stood, a splice a British tester rewrote. The label done by that person is what
 * the sentence needs: "after references by Tom at PeopleFirst". The English twin of {@link StepsAfterDecision}'s
 * mending; anything else stays as typed.
 */
final class EnglishStepBy {
    private static final Pattern LABEL_AND_CLAUSE = Pattern.compile(
            "^(?<label>[a-z][\\w-]*(?: [a-z][\\w-]*){0,2})(?:, | [-–—] )(?<person>\\p{Lu}[\\p{L}'-]*"
                    + "(?: \\p{Lu}[\\p{L}'-]*){0,2}" + Affiliation.AFTER_NAME + ")"
                    + " (?<verb>[a-z]+s)(?: .*)?$");

    private EnglishStepBy() {
    }

    static String mended(String step) {
        if (step == null) {
            return null;
        }
        Matcher found = LABEL_AND_CLAUSE.matcher(step.strip());
        return found.matches() ? found.group("label") + " by " + found.group("person") : step;
    }
}
