package app.followup.letter;

import java.util.regex.Pattern;

/**
 * A note the candidate wrote to themself inside a piece of evidence, which must not reach the employer: a question
 * in brackets ("(Warburtons buyer?)"), a bracket that speaks of the employer as "they" ("(they'll tell me which by
 * 2 Dec)"), and who sends a link ("– link from Claire", ", lenke kommer fra Visindi"), which is
 * logistics for the candidate. Anything else in brackets says what the evidence is ("(no names, just company and
 * fleet size)") and stays. The notes keep the aside; only the letter leaves it out.
 */
final class PrivateAside {
    /** English only: the Norwegian "de" is also the plural article ("(fra de tre største kundene)"). */
    private static final String THEY = "they|they'll|they're|they've|they'd|them|their|theirs";
    private static final Pattern QUESTION = Pattern.compile("\\s*\\([^()]*\\?\\s*\\)");
    private static final Pattern ABOUT_THEM = Pattern.compile(
            "(?iu)\\s*\\((?:[^()]*[\\s(])?(?:" + THEY.replace("'", "['’]") + ")(?=[\\s),.;:!]|$)[^()]*\\)");
    private static final Pattern LINK_FROM = Pattern.compile(
            "(?iu)\\s*(?:,|\\s[-–—])\\s*(?:the\\s+)?(?:link|lenke|lenken)\\s+(?:will\\s+come\\s+|comes\\s+|kommer\\s+)?"
                    + "(?:from|fra|via)\\s+[^,()]+$");

    private PrivateAside() {
    }

    /** The evidence's text without the candidate's own asides; null stays null. */
    static String without(String text) {
        if (text == null) {
            return null;
        }
        String kept = QUESTION.matcher(text).replaceAll("");
        kept = ABOUT_THEM.matcher(kept).replaceAll("");
        kept = LINK_FROM.matcher(kept).replaceFirst("");
        return kept.strip();
    }
}
