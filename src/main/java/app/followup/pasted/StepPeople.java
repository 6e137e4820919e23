package app.followup.pasted;

import app.followup.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people the decision steps name as doing something: "Marte tar referansene", "Tom (PeopleFirst) runs
 * references". A capitalised word that opens a step is as often a noun ("Styret godkjenner", "Finance approves"),
 * so a name counts only when the notes show it is one: an organisation in brackets after it, or the same word
 * written with a capital where no sentence begins ("… anbefaler, Marte tar …", "call Tom on Wednesday"); and
 * never a word the notes' language uses for a body or a pronoun ("Styret", "Finance", "The").
 */
final class StepPeople {
    private static final String NAME_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
    private static final Pattern DOER = Pattern.compile("^(?<name>" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,2}?)(?:\\s*\\((?<organisation>[^()]{2,40})\\))?\\s+\\p{Ll}.*$");
    /** What may stand before a word that opens a sentence: a full stop, a colon, a bullet, a quotation mark. */
    private static final Pattern SENTENCE_OPENS = Pattern.compile("(^|[.!?:;–—•*\"“”«»(-])\\s*$");

    private StepPeople() {
    }

    /**
     * @param steps  the decision's steps, as sorted
     * @param text   the notes as pasted, where a name is written in running text
     * @param quoted the people the notes quote already: named in a step, they are noted again only for the
     *               organisation a bracket gives them
     */
    static List<NotedPerson> of(List<String> steps, String text, List<NotedPerson> quoted, PastedWords words) {
        List<NotedPerson> found = new ArrayList<>();
        for (String step : steps) {
            Matcher doer = DOER.matcher(step.strip());
            if (!doer.matches()) {
                continue;
            }
            String name = doer.group("name");
            String organisation = doer.group("organisation");
            boolean isQuoted = quoted.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
            boolean named = !isQuoted && (organisation != null || inRunningText(name, text))
                    || isQuoted && organisation != null;
            if (named && !isBodyOrPronoun(name, words) && found.stream().noneMatch(p -> p.name().equals(name))) {
                Role role = words.mentions("kind.references", step) ? Role.RECRUITER : null;
                found.add(new NotedPerson(name, null, organisation == null ? null : organisation.strip(), role));
            }
        }
        return found;
    }

    private static boolean isBodyOrPronoun(String name, PastedWords words) {
        String lower = name.toLowerCase(Locale.ROOT);
        String first = lower.split("\\s+")[0];
        return words.list("notPerson").stream().anyMatch(w -> w.equals(lower) || w.equals(first));
    }

    /** Whether the notes write the name with a capital somewhere no sentence begins. */
    private static boolean inRunningText(String name, String text) {
        Matcher at = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
        while (at.find()) {
            int lineStart = text.lastIndexOf('\n', at.start() - 1) + 1;
            if (!SENTENCE_OPENS.matcher(text.substring(lineStart, at.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
