package app.followup.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates typed in a free text, in either language ("fredag 18. desember", "Tuesday 1 December", "1/12",
 * "2026-12-01"), read by the same reader as a due date typed into a letter's evidence, so that the program knows one
 * set of date forms. A date typed without a year takes the year that puts it nearest to a given day: notes written
 * on 28 November mean January of the next year by "15. januar".
 */
public final class DatesInText {
    /** A date typed in a text: where it stands, with the word that leads it ("on", "senest"), and its day. */
    public record Found(int start, int end, LocalDate date, boolean yearTyped) {
    }

    private DatesInText() {
    }

    /** Each date in the text, in order, dated nearest to {@code around} when typed without a year. */
    public static List<Found> in(String text, LocalDate around) {
        List<Found> dates = new ArrayList<>();
        for (Found typed : TypedDueDate.found(text, around.getYear())) {
            dates.add(typed.yearTyped() ? typed : new Found(typed.start(), typed.end(), nearest(typed, around),
                    false));
        }
        return dates;
    }

    /** The first date in the text, or null when it names none. */
    public static LocalDate firstIn(String text, LocalDate around) {
        List<Found> dates = in(text, around);
        return dates.isEmpty() ? null : dates.get(0).date();
    }

    private static LocalDate nearest(Found typed, LocalDate around) {
        LocalDate best = typed.date();
        for (int years : new int[] {-1, 1}) {
            LocalDate other = shifted(typed, years);
            if (other != null && distance(other, around) < distance(best, around)) {
                best = other;
            }
        }
        return best;
    }

    /** The same day in another year; null for 29 February in a year without it. */
    private static LocalDate shifted(Found typed, int years) {
        LocalDate date = typed.date().plusYears(years);
        return date.getDayOfMonth() == typed.date().getDayOfMonth() ? date : null;
    }

    private static long distance(LocalDate date, LocalDate around) {
        return Math.abs(date.toEpochDay() - around.toEpochDay());
    }
}
