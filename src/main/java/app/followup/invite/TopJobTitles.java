package app.followup.invite;

import java.util.regex.Pattern;

/**
 * Titles of the one who runs the company ("Managing Director", "CEO", "administrerende direktør", "daglig leder"):
 * in an invitation, the person with such a title is taken for the final decision maker. Testers' letters went to the
 * sponsor alone, the managing director added from the invitation as "Other", in copy.
 */
public final class TopJobTitles {
    private static final Pattern TOP = Pattern.compile("(?iu)(?<![\\p{L}])(ceo|chief executive( officer)?"
            + "|managing director|general manager|administrerende direktør|adm\\.? ?dir\\.?|daglig leder"
            + "|konsernsjef)(?![\\p{L}])");

    private TopJobTitles() {
    }

    public static boolean isTopJob(String title) {
        return title != null && TOP.matcher(title).find();
    }
}
