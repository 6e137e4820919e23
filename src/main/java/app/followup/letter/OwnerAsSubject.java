package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision step typed with its owner as the subject ("Marte tar referansene", "Tom at PeopleFirst takes
 * references") named the owner twice in the suggested plan, in the milestone and in *Who*: three testers rewrote
 * the row. The row says the task, as plan tables do, and *Who* says who: "Ta referansene | Marte", "Take references
 * | Tom". A step without an object ("Hans Petter anbefaler") or whose verb is not sure stays as typed.
 */
final class OwnerAsSubject {
    /** The name, perhaps with where they are from, then the verb and what follows it. */
    private static final String FROM =
            "(?:\\s+(?:at|from|fra|i|hos)\\s+\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*)*)?";

    private OwnerAsSubject() {
    }

    static String asTask(String milestone, Participant owner, Language language) {
        if (milestone == null) {
            return null;
        }
        for (String name : new String[] {GivenNames.withoutTitle(owner.name()),
                GivenNames.fromFullName(owner.name(), language)}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Matcher clause = Pattern.compile("^" + Pattern.quote(name) + FROM
                    + "\\s+(?<verb>\\p{Ll}+)\\s+(?<rest>\\S.*)$", Pattern.UNICODE_CHARACTER_CLASS)
                    .matcher(milestone.strip());
            if (clause.matches()) {
                String base = language == Language.NB ? NorwegianInfinitive.of(clause.group("verb"))
                        : englishBase(clause.group("verb"));
                return base == null ? milestone
                        : Texts.capitalise(base + " " + clause.group("rest"), language.locale());
            }
        }
        return milestone;
    }

    /** "takes" → "take", "checks" → "check", "carries" → "carry"; null for a word that is no present in -s. */
    static String englishBase(String verb) {
        String word = verb.toLowerCase(Locale.ROOT);
        if (word.equals("has")) {
            return "have";
        }
        if (word.equals("does") || word.equals("goes")) {
            return word.substring(0, 2);
        }
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")) {
            return null;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.matches(".*(?:ches|shes|sses|xes|zes)$")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
