package app.followup.letter;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consequence that is a rate in the present ("one in four new accounts leaves in year one") says what happens
 * today; after "If nothing changes," two British testers rewrote it "… will keep leaving …". The English twin of
 * {@link OngoingRate}: only a subject that opens with a proportion ("one in four", "2 out of 5", "half of"), and a
 * verb from a short list whose "-ing" form is known, so that no other present is touched.
 */
final class EnglishOngoingRate {
    private static final Pattern RATE = Pattern.compile(
            "^(?i:(?:one|two|three|four|five|\\d+)\\s+(?:in|of|out of)\\s+(?:two|three|four|five|six|seven|eight|nine"
                    + "|ten|\\d+)|half\\s+of|a\\s+(?:third|quarter)\\s+of)\\s+");
    private static final int LONGEST_SUBJECT = 5;
    private static final Set<String> STOPS = Set.of("will", "would", "may", "might", "could",
            "can", "is", "are", "was", "were", "have", "has", "had", "keep", "keeps", "continue", "continues");
    private static final Map<String, String> GOING_ON = Map.ofEntries(
            Map.entry("leave", "leaving"), Map.entry("churn", "churning"), Map.entry("cancel", "cancelling"),
            Map.entry("quit", "quitting"), Map.entry("drop", "dropping"), Map.entry("go", "going"),
            Map.entry("move", "moving"), Map.entry("switch", "switching"), Map.entry("fail", "failing"),
            Map.entry("default", "defaulting"), Map.entry("close", "closing"), Map.entry("walk", "walking"),
            Map.entry("stop", "stopping"), Map.entry("lapse", "lapsing"), Map.entry("slip", "slipping"));

    private EnglishOngoingRate() {
    }

    /** "one in four new accounts leaves in year one" → "one in four new accounts will keep leaving in year one". */
    static String apply(String consequence) {
        if (consequence == null) {
            return null;
        }
        String typed = consequence.strip();
        Matcher rate = RATE.matcher(typed);
        if (!rate.find()) {
            return consequence;
        }
        String[] words = typed.substring(rate.end()).split(" ");
        for (int i = 1; i < words.length && i <= LONGEST_SUBJECT; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (STOPS.contains(word)) {
                return consequence;
            }
            String going = GOING_ON.get(stem(word));
            if (going != null) {
                words[i] = "will keep " + going;
                return typed.substring(0, rate.end()) + String.join(" ", words);
            }
        }
        return consequence;
    }

    /** "leaves" → "leave", "switches" → "switch", "churn" → "churn". */
    private static String stem(String verb) {
        if (GOING_ON.containsKey(verb)) {
            return verb;
        }
        if (verb.endsWith("es") && GOING_ON.containsKey(verb.substring(0, verb.length() - 2))) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.endsWith("s") ? verb.substring(0, verb.length() - 1) : verb;
    }
}
