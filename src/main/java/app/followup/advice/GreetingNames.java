package app.followup.advice;

import app.followup.letter.GivenNames;
import app.followup.letter.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a participant's name shows who to greet. The letter greets by given name(s), taken from the start of
 * the name when no {@code greetingName} is set; that guess is wrong for a name that
 * <ul>
 * <li>is empty,</li>
 * <li>looks like an email address (has an {@code @}),</li>
 * <li>puts the surname first ("Moe, Per Olav": a comma),</li>
 * <li>is a title and a surname ("Dr. Hansen", "Mr Reed", "Fru Berg"); a title before a given name and a surname
 * ("Dr Fiona Gallagher") is skipped,</li>
 * <li>starts with an initial ("P. O. Moe", "J.R. Smith", "P Moe"),</li>
 * <li>starts in capitals ("HANSEN", "PER MOE"),</li>
 * <li>or is a single word that ends like a Norwegian or Swedish surname ("Hansen", "Karlsson", "Bjørnstad",
 * "Haugerud", "Berg"); any other single word is taken as the given name ("Ola", "Priya").</li>
 * </ul>
 */
final class GreetingNames {
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame|lord|lady|fru|frk|frøken|herr|hr|dir|adv|advokat)\\.?");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?|(\\p{L}\\.-?)+\\p{L}?\\.?|\\p{Lu}-\\p{Lu}\\.?");
    private static final Pattern SURNAME_ENDING = Pattern.compile(
            "(?i).*(sen|sson|stad|rud|dahl|heim|gaard|gård|bakken|haug|moen|strand|vik|berg|lund)");

    private GreetingNames() {
    }

    /** True when the greeting would have to guess: see the class comment. */
    static boolean isUnclear(String name) {
        String clean = Texts.inline(name);
        if (clean == null || clean.contains("@") || clean.contains(",")) {
            return true;
        }
        String[] words = clean.split(" ");
        String first = words[0];
        if (TITLE.matcher(first).matches()) {
            // "Dr Fiona Gallagher" is greeted "Fiona"; "Dr. Hansen" has no given name to greet by, and a title
            // the composer does not skip ("Advokat Per Moe") would be greeted as if it were the name
            String given = GivenNames.fromFullName(clean);
            boolean skipped = given != null && !given.startsWith(first);
            return words.length < 3 || !skipped || isUnclear(clean.substring(first.length()));
        }
        if (INITIAL.matcher(first).matches() || isAllCapitals(first)) {
            return true;
        }
        return words.length == 1 && SURNAME_ENDING.matcher(first).matches();
    }

    private static boolean isAllCapitals(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return letters > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
    }
}
