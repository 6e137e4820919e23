package app.followup.letter;

import java.util.Set;
import java.util.Map;

/** The one English agreement the letter needs: a third-person verb said to "you" ("confirms" → "confirm"). */
final class EnglishVerbs {
    private static final Map<String, String> IRREGULAR = Map.of(
            "is", "are", "has", "have", "does", "do", "was", "were", "isn't", "aren't", "hasn't", "haven't",
            "doesn't", "don't", "wasn't", "weren't");

    private static final Set<String> MODALS = Set.of(
            "will", "would", "can", "could", "may", "might", "must", "should", "shall");

    private EnglishVerbs() {
    }

    /** "confirms the date" → "will confirm the date": a step the employer agreed to, said to them. */
    static String future(String rest) {
        String first = rest.split(" ", 2)[0];
        return MODALS.contains(first) ? rest : "will " + base(plural(rest));
    }

    private static String base(String pluralRest) {
        return pluralRest.startsWith("are ") ? "be " + pluralRest.substring(4)
                : pluralRest.startsWith("have ") || pluralRest.startsWith("do ") ? pluralRest : pluralRest;
    }

    /** The clause after its subject, with the first verb made plural: "confirms the date" → "confirm the date". */
    static String plural(String rest) {
        String[] parts = rest.split(" ", 2);
        String verb = parts[0];
        String plural = IRREGULAR.getOrDefault(verb, null);
        if (plural == null) {
            if (verb.endsWith("ies") && verb.length() > 4) {
                plural = verb.substring(0, verb.length() - 3) + "y";
            } else if (verb.endsWith("ches") || verb.endsWith("shes") || verb.endsWith("sses") || verb.endsWith("xes")) {
                plural = verb.substring(0, verb.length() - 2);
            } else if (verb.endsWith("s") && !verb.endsWith("ss")) {
                plural = verb.substring(0, verb.length() - 1);
            } else {
                plural = verb;
            }
        }
        return parts.length > 1 ? plural + " " + parts[1] : plural;
    }
}
