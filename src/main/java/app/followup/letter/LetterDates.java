package app.followup.letter;

import app.followup.model.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/** Dates as a letter writes them: "27. november 2026" in Norwegian, "27 November 2026" in English. */
public final class LetterDates {
    private static final Map<Language, DateTimeFormatter> LONG = new EnumMap<>(Language.class);
    private static final Map<Language, DateTimeFormatter> WEEKDAY = new EnumMap<>(Language.class);
    private static final Map<Language, DateTimeFormatter> WEEKDAY_YEAR = new EnumMap<>(Language.class);

    static {
        LONG.put(Language.NB, DateTimeFormatter.ofPattern("d. MMMM yyyy", Language.NB.locale()));
        LONG.put(Language.EN, DateTimeFormatter.ofPattern("d MMMM yyyy", Language.EN.locale()));
        WEEKDAY.put(Language.NB, DateTimeFormatter.ofPattern("EEEE d. MMMM", Language.NB.locale()));
        WEEKDAY.put(Language.EN, DateTimeFormatter.ofPattern("EEEE d MMMM", Language.EN.locale()));
        WEEKDAY_YEAR.put(Language.NB, DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", Language.NB.locale()));
        WEEKDAY_YEAR.put(Language.EN, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Language.EN.locale()));
    }

    private LetterDates() {
    }

    public static String longDate(LocalDate date, Language language) {
        return date == null ? null : LONG.get(language).format(date);
    }

    /** "tirsdag 1. desember", with the year only when it is not the reference date's year. */
    public static String dayAndDate(LocalDate date, LocalDate reference, Language language) {
        if (date == null) {
            return null;
        }
        boolean sameYear = reference != null && reference.getYear() == date.getYear();
        return (sameYear ? WEEKDAY : WEEKDAY_YEAR).get(language).format(date);
    }
}
