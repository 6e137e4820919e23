package app.followup.notes;

import java.time.LocalDate;

/**
 * The dates FollowUp accepts: years 1 to 9999, the four-digit years of ISO 8601's basic form that calendars, mail
 * programs and PDF readers all understand. Java reads "+300000000-01-01" as a date; every export would then fail.
 */
public final class Dates {
    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    public static boolean isUsable(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
