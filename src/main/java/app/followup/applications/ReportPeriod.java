package app.followup.applications;

import java.time.LocalDate;
import java.util.Objects;

/** The days an activity report covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(from + " is after " + to);
        }
    }

    /** Last month, first to last day: what the employment office asks for. */
    public static ReportPeriod lastMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new ReportPeriod(first, first.withDayOfMonth(first.lengthOfMonth()));
    }
}
