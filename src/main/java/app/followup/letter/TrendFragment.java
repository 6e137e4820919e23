package app.followup.letter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note typed as a figure and its direction, with no verb: "churn up", "churn opp blant byråene", "margin down".
 * Pasted as it is, it reads as a note ("The main challenge is churn up."); said as a noun phrase, "rising churn" /
 * "økende churn blant byråene", it fits any frame that takes one.
 */
final class TrendFragment {
    private final Pattern fragment;
    private final String up;
    private final String down;
    private final String upWord;

    TrendFragment(LetterWords words) {
        this.upWord = words.get("trend.up.word");
        this.fragment = LetterWords.compiled("(?iu)^(\\p{L}[\\p{L}-]*) (" + Pattern.quote(upWord) + "|"
                + Pattern.quote(words.get("trend.down.word")) + ")(?=$|[ ,])(.*)$");
        this.up = words.get("trend.up");
        this.down = words.get("trend.down");
    }

    /** "rising churn" for "churn up" (the note as it stands inside a sentence); any other note as it is. */
    String asNounPhrase(String note) {
        if (note == null) {
            return null;
        }
        Matcher matcher = fragment.matcher(note);
        if (!matcher.matches()) {
            return note;
        }
        String direction = matcher.group(2).toLowerCase(Locale.ROOT).equals(upWord) ? up : down;
        return direction + " " + matcher.group(1) + matcher.group(3);
    }
}
