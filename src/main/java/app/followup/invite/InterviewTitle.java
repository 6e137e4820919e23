package app.followup.invite;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The position named in an invitation's title or an email's subject: "Second interview - Senior Account
 * Executive, Saturday 28 November 2pm" names "Senior Account Executive". Only a title that says it is an interview
 * (or a round) gives a position, so that "Lunch" or "Catch-up with James" never becomes one.
 */
public final class InterviewTitle {
    /** Replies and forwards: "Re:", "Fwd:", and Norwegian "SV:", "VS:". */
    private static final String REPLY = "(?:(?:re|fw|fwd|sv|vs|aw)\\s*:\\s*)*";
    /** "Second interview", "2nd round", "Andre intervju", "Intervju", "Final interview", "Runde 2", "Interview". */
    private static final String WHICH = "(?:first|second|third|final|last|next|1st|2nd|3rd|\\d+th|\\d+\\.?"
            + "|første|andre|tredje|siste|neste|avsluttende|oppfølgende|follow-up)";
    /** "Samtale" (a talk) only leads a title: "Kaffe samtale" is no interview. */
    private static final String KIND = "(?:job\\s+)?(?:interview|intervju(?:et)?|jobbintervju|round|runde)";
    private static final String INTERVIEW = "(?:" + WHICH + "\\s+)?" + KIND + "(?:\\s+\\d+)?(?:\\s+" + KIND + ")?";
    private static final String LEADING_INTERVIEW = "(?:" + INTERVIEW + "|(?:" + WHICH + "\\s+)?samtale)";
    private static final Pattern LEADING = Pattern.compile(
            "^" + REPLY + LEADING_INTERVIEW + "(?:\\s*[-–—:|]\\s*|\\s+(?:for|til|om|as|som)\\s+)(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING = Pattern.compile(
            "^" + REPLY + "(?<rest>.+?)\\s*(?:[-–—:|]\\s*|\\s+)" + INTERVIEW + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Abbreviated only before a day's number: "Sun Microsystems" is no Sunday. */
    private static final String WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:man|tirs|ons|tors|fre|lør|søn)dag"
            + "|(?:mon|tue|wed|thu|fri|sat|sun|man|tir|ons|tor|fre|lør|søn)\\.?(?=\\s+\\d)";
    private static final String MONTH = "jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch|s)?|apr(?:il)?|may|mai"
            + "|june?|juni|july?|juli|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?|des(?:ember)?";
    /** Where a date or a time begins at the end of a title, with the comma, dash or word that leads into it. */
    private static final Pattern WHEN = Pattern.compile(
            "(?:\\s*[,(\\[|–—-]\\s*|\\s+)(?:(?:on|den|på|at|kl\\.?)\\s+)?(?:\\b(?:" + WEEKDAY + ")\\b"
                    + "|\\d{1,2}\\.?\\s*(?:" + MONTH + ")\\b|\\b(?:" + MONTH + ")\\.?\\s+\\d{1,2}\\b"
                    + "|\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{2,4})?\\b|\\bkl\\.?\\s*\\d|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)\\b"
                    + "|\\d{1,2}:\\d{2}\\b|\\b(?:today|tomorrow|i dag|i morgen)\\b).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private InterviewTitle() {
    }

    /** The position, or empty when the title does not read as an interview's or names nothing after that. */
    public static Optional<String> position(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String line = title.strip().replaceAll("\\s+", " ");
        Matcher leading = LEADING.matcher(line);
        Matcher trailing = TRAILING.matcher(line);
        String rest;
        if (leading.matches()) {
            rest = leading.group("rest");
        } else if (trailing.matches()) {
            rest = trailing.group("rest");
        } else {
            return Optional.empty();
        }
        String position = WHEN.matcher(" " + rest).replaceFirst("").replaceAll("[\\s,;:|–—-]+$", "").strip();
        return position.isEmpty() || !position.matches(".*\\p{L}.*") ? Optional.empty() : Optional.of(position);
    }
}
