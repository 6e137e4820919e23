package app.followup.letter;

import java.util.Map;

/** The one English agreement the letter needs: a third-person verb said to "you" ("confirms" → "confirm"). */
final class EnglishVerbs {
    private static final Map<String, String> IRREGULAR = Map.of(
            "is", "are", "has", "have", "does", "do", "was", "were", "isn't", "aren't", "hasn't", "haven't",
            "doesn't", "don't", "wasn't", "weren't");

    private EnglishVerbs() {
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
