package app.followup.letter;

import app.followup.model.Language;
import java.time.LocalDate;

/**
 * Dates as a letter writes them: "tirsdag 1. desember" in Norwegian, "Tuesday 1 December" in English, with
 * non-breaking spaces so that a date is never broken across lines, and the year only when it is not the letter's.
 * The names and patterns come from the letter's word list rather than the JDK's locale data, whose loading alone
 * would cost a command-line run about 70 ms.
 */
public final class LetterDates {
    private LetterDates() {
    }

    /** "27. november 2026": the letter's own date line. */
    public static String longDate(LocalDate date, Language language) {
        return date == null ? null : format("date.long", date, false, new LetterWords(language));
    }

    /** "tirsdag 1. desember", with the year only when it is not the reference date's year. */
    public static String dayAndDate(LocalDate date, LocalDate reference, Language language) {
        return format("date.weekday", date, reference, language, false);
    }

    /** "mandag" / "Monday": a date the same paragraph has already given in full. */
    public static String weekday(LocalDate date, Language language) {
        return date == null ? null
                : new LetterWords(language).item("weekdays", date.getDayOfWeek().getValue() - 1);
    }

    /** "1. desember", for a subject line. */
    public static String dayOfMonth(LocalDate date, LocalDate reference, Language language) {
        return format("date.day", date, reference, language, false);
    }

    /** "tir. 1. des." / "Tue 1 Dec": short enough for the plan's date column. */
    public static String tableDate(LocalDate date, LocalDate reference, Language language) {
        return format("date.table", date, reference, language, true);
    }

    private static String format(String pattern, LocalDate date, LocalDate reference, Language language,
                                 boolean shortNames) {
        if (date == null) {
            return null;
        }
        boolean sameYear = reference != null && reference.getYear() == date.getYear();
        return format(sameYear ? pattern : pattern + ".year", date, shortNames, new LetterWords(language));
    }

    private static String format(String patternKey, LocalDate date, boolean shortNames, LetterWords words) {
        String month = words.item(shortNames ? "months.short" : "months", date.getMonthValue() - 1);
        String weekday = words.item(shortNames ? "weekdays.short" : "weekdays", date.getDayOfWeek().getValue() - 1);
        return words.get(patternKey)
                .replace("{day}", Integer.toString(date.getDayOfMonth()))
                .replace("{month}", month)
                .replace("{year}", Integer.toString(date.getYear()))
                .replace("{weekday}", weekday);
    }
}
