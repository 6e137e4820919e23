package app.followup.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title put after a name, "Helen Marsh, Finance Director", "Trond Vikre, administrerende direktør": how someone
 * not yet met is introduced. Inside a list it must be closed by a comma, or the title runs into the next item
 * ("Helen Marsh, Finance Director and board sign-off" reads as if Helen were both); once introduced, the person
 * needs no title again.
 */
final class Apposition {
    /** A capitalised name, a comma, and one to four words without another comma to the end. */
    private static final Pattern AT_END = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*), ((?:[^,\\s]+ ?){1,4})$");

    private Apposition() {
    }

    /** True when the text ends in a name and its title: "a final interview with Helen Marsh, Finance Director". */
    static boolean endsIn(String text) {
        return text != null && AT_END.matcher(text).find();
    }

    /**
     * The text without the title of a name it ends in when {@code introduced} already gave that name its title:
     * the plan row after the sentence that introduced Helen Marsh says "… with Helen Marsh".
     */
    static String withoutRepeatedTitle(String text, String introduced) {
        if (text == null || introduced == null) {
            return text;
        }
        Matcher matcher = AT_END.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        String nameAndTitle = matcher.group(1) + ", " + matcher.group(2).strip();
        return introduced.contains(nameAndTitle) ? text.substring(0, matcher.start(1) + matcher.group(1).length())
                : text;
    }
}
