package app.followup.letter;

import java.util.Locale;
import java.util.Map;

/**
 * The infinitive of a bokmål present tense, where it is sure: the short strong verbs from a list ("gir" → "gi",
 * "sier" → "si"), any other present in -er by its "-r" ("sender" → "sende", "slutter" → "slutte").
 */
final class NorwegianInfinitive {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("gir", "gi"), Map.entry("tar", "ta"), Map.entry("går", "gå"), Map.entry("får", "få"),
            Map.entry("ser", "se"), Map.entry("sier", "si"), Map.entry("er", "være"), Map.entry("har", "ha"),
            Map.entry("blir", "bli"), Map.entry("gjør", "gjøre"), Map.entry("vet", "vite"), Map.entry("lar", "la"),
            Map.entry("drar", "dra"), Map.entry("ber", "be"), Map.entry("slår", "slå"), Map.entry("står", "stå"),
            Map.entry("når", "nå"));

    private NorwegianInfinitive() {
    }

    /** "gir" → "gi", "sender" → "sende"; null when the word is no present tense whose infinitive is sure. */
    static String of(String present) {
        String verb = present.toLowerCase(Locale.ROOT);
        String infinitive = IRREGULAR.get(verb);
        if (infinitive == null && verb.length() > 3 && verb.endsWith("er")) {
            infinitive = verb.substring(0, verb.length() - 1);
        }
        return infinitive;
    }
}
