package app.followup.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.util.StringConverter;

/**
 * Dates as a user types and reads them in the window's language: 01.12.2026 in Norwegian, 01/12/2026 in English,
 * always day before month (a British and Norwegian reader's order, and the letters' own). Typed dates may leave
 * out the year ("8.12", "8/12": this year) or give two digits of it; the ISO form 2026-12-08 is read as well,
 * since it is what the notes file and other programs write.
 */
public final class TypedDates {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})(?:\\s*[./-]\\s*(\\d{2}|\\d{4}))?\\.?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final DateTimeFormatter format;
    private final LocalDate today;

    private TypedDates(String pattern, LocalDate today) {
        this.format = DateTimeFormatter.ofPattern(pattern);
        this.today = today;
    }

    public static TypedDates norwegian(LocalDate today) {
        return new TypedDates("dd.MM.yyyy", today);
    }

    public static TypedDates english(LocalDate today) {
        return new TypedDates("dd/MM/yyyy", today);
    }

    public static TypedDates forWindow(I18n i18n, LocalDate today) {
        return i18n.isNorwegian() ? norwegian(today) : english(today);
    }

    /**
     * A date picker's converter in the window's language at the time of the call. Text that is no date throws,
     * so that the picker keeps the date it had instead of clearing it.
     */
    public static StringConverter<LocalDate> converter(I18n i18n) {
        TypedDates dates = forWindow(i18n, LocalDate.now());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return dates.parse(text).orElseThrow(() -> new DateTimeParseException("not a date", text, 0));
            }
        };
    }

    public String format(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    /** The date the text means, or empty when it is blank or no date; never guesses month before day. */
    public Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        try {
            Matcher iso = ISO.matcher(typed);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(typed);
            if (dmy.matches()) {
                return Optional.of(LocalDate.of(year(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private int year(String typed) {
        if (typed == null) {
            return today.getYear();
        }
        int year = Integer.parseInt(typed);
        return typed.length() == 2 ? today.getYear() / 100 * 100 + year : year;
    }
}
