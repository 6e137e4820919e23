package app.followup.letter;

import app.followup.model.Language;
import java.time.LocalDate;

/**
 * Dates as a letter writes them: "27. november 2026" in Norwegian, "27 November 2026" in English. The names and
 * patterns come from the letter's word list rather than the JDK's locale data, whose loading alone would cost a
 * command-line run about 70 ms.
 */
public final class LetterDates {
    private LetterDates() {
    }

    public static String longDate(LocalDate date, Language language) {
        return date == null ? null : format("date.long", date, new LetterWords(language));
    }

    /** "tirsdag 1. desember", with the year only when it is not the reference date's year. */
    public static String dayAndDate(LocalDate date, LocalDate reference, Language language) {
        if (date == null) {
            return null;
        }
        boolean sameYear = reference != null && reference.getYear() == date.getYear();
        return format(sameYear ? "date.weekday" : "date.weekday.year", date, new LetterWords(language));
    }

    private static String format(String patternKey, LocalDate date, LetterWords words) {
        String month = words.get("months").split(",")[date.getMonthValue() - 1].strip();
        String weekday = words.get("weekdays").split(",")[date.getDayOfWeek().getValue() - 1].strip();
        return words.get(patternKey)
                .replace("{day}", Integer.toString(date.getDayOfMonth()))
                .replace("{month}", month)
                .replace("{year}", Integer.toString(date.getYear()))
                .replace("{weekday}", weekday);
    }
}
