package app.followup.letter;

import java.util.regex.Pattern;

/**
 * Where a person named in a step is from, as notes add it after the name ("Tom at PeopleFirst Search", "Marte i
 * Rekruttpartner"), and the agent a step ends with ("Reference checks by Tom"). One pattern for every reader of
 * steps, so that a name with its organisation is read alike in the letter's sentences and in its plan.
 */
final class Affiliation {
    /** After a name: "at/from/of/fra/i/hos" and an organisation's capitalised words, if typed. */
    static final String AFTER_NAME = "(?:\\s+(?:at|from|of|fra|i|hos)\\s+\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*)*)?";
    private static final String AGENT = "(?iu),?\\s+(?:by|via|through|av|ved|gjennom|hos)\\s+";

    private Affiliation() {
    }

    /**
     * The step without the person who does it at its end ("Reference checks by Tom" → "Reference checks",
     * "referansesjekk ved Marte i Rekruttpartner" → "referansesjekk"): in the plan, the Who column names them. Only
     * at the end: "by Tom before the offer" stays, and so does a step that is nothing but its agent.
     */
    static String withoutAgent(String step, String name) {
        if (step == null || name == null || name.isBlank()) {
            return step;
        }
        String result = NameMention.compiled(AGENT + Pattern.quote(name.strip()) + "(?-i)" + AFTER_NAME + "$")
                .matcher(step).replaceAll("");
        return result.isBlank() ? step : result.strip();
    }
}
