package app.followup.letter;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A consequence that is a rate in the present ("1 av 5 nye kunder sier opp første år") says what happens today.
 * After "Blir det ikke løst," it read as if it would start only then (a tester: "sier én av fem nye kunder opp" – it
 * already happens); it goes on: "fortsetter én av fem nye kunder å si opp første år". Only a subject that opens with a proportion ("N av M"), a plain present after it whose
 * infinitive is sure, and no auxiliary or modal ("vil si opp" is a future already) or "fortsetter" of its own.
 */
final class OngoingRate {
    /** "1 av 5", "én av fem": a count out of a count; "én av de største kundene" is one customer, not a rate. */
    private static final Pattern PROPORTION = Pattern.compile(
            "^(?:\\d+|én|ett|en|ei|to|tre|fire|fem|seks|sju|åtte|ni|ti) av (?:\\d+|to|tre|fire|fem|seks|sju|åtte|ni|ti)"
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NOT_A_HABIT = Set.of("er", "har", "blir", "vil", "skal", "kan", "må", "bør",
            "får", "fortsetter", "kommer", "risikerer");

    private final NoteText text;
    private final String goesOn;

    OngoingRate(NoteText text, LetterWords words) {
        this.text = text;
        this.goesOn = words.get("consequence.ongoing");
    }

    /** "1 av 5 nye kunder sier opp første år" → "1 av 5 nye kunder fortsetter å si opp første år"; else as typed. */
    String apply(String consequence) {
        if (!PROPORTION.matcher(consequence).find()) {
            return consequence;
        }
        int verb = text.finiteVerbAt(consequence);
        List<String> words = List.of(consequence.split(" "));
        if (verb <= 0 || verb >= words.size() || NOT_A_HABIT.contains(text.words(consequence).get(verb))) {
            return consequence;
        }
        String infinitive = NorwegianInfinitive.of(words.get(verb));
        if (infinitive == null) {
            return consequence;
        }
        return String.join(" ", words.subList(0, verb)) + " " + goesOn.replace("{verb}", infinitive)
                + (verb + 1 < words.size() ? " " + String.join(" ", words.subList(verb + 1, words.size())) : "");
    }
}
