package app.followup.applications;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday counting, for the nudge cadence; public holidays are not known and count as working days. */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The day {@code count} working days after {@code from}: five working days after a Friday is the next Friday. */
    public static LocalDate after(LocalDate from, int count) {
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}
