package app.followup.applications;

import app.followup.letter.Texts;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing an application asks for, and when.
 *
 * @param due    the day it is due; null when it has no date (it then counts as due today)
 * @param detail the step or piece of evidence in the user's words, for the calendar and the board, as the notes
 *               hold it; read cleaned to one clause through {@link #detail()}
 * @param key    what stays the same for the same item across edits and runs: the calendar event's identity
 */
public record DueItem(What what, LocalDate due, String detail, String key) {

    /**
     * The step or evidence as one clause, null when it says nothing. Cleaned when asked for, not when the item is
     * made: {@code status} makes thousands of items and prints none of their details.
     */
    @Override
    public String detail() {
        return Texts.clause(detail);
    }

    /** The day it sorts by: its date, or today for an item without one. */
    public LocalDate dueOr(LocalDate today) {
        return due == null ? today : due;
    }

    /** Earliest first, an item without a date as if due today; on the same day, in {@link What}'s order. */
    public static Comparator<DueItem> mostUrgentFirst(LocalDate today) {
        return Comparator.comparing((DueItem item) -> item.dueOr(today)).thenComparing(DueItem::what);
    }

    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
