package app.followup.letter;

import app.followup.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A due date typed into an evidence's text as well as into its date field ("references by 5 Dec", due 5 December):
 * the letter says the date itself, so the typed one, with the word that leads it ("by", "innen", "til" …), is
 * left out rather than said twice ("… references by 5 Dec by 5 December"). Only the due date is: any other date in
 * the text is the user's to keep. Dates are read in both languages, as a user may note in either. The month and
 * weekday names come from the letters' word lists, not the JDK's locale data (whose loading costs a command-line
 * run about 70 ms), and the pattern is built only for a text with a digit in it, since every date form has one.
 */
final class TypedDueDate {
    private static final String LEADS = "no later than|innen|senest|before|until|till|til|før|by|on|på|den";
    private static final String ORDINAL = "(?:st|nd|rd|th|\\.)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";

    /** Built on first need: most evidence texts name no date. */
    private static final class Dates {
        static final Map<String, Integer> MONTHS = months();
        static final Pattern DATE = pattern();
        static final Map<String, Integer> WEEKDAY_NUMBERS = weekdayNumbers();
        static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}\\d])(?:(?:" + LEADS + ")\\s+){1,2}(?<day>"
                + alternatives(WEEKDAY_NUMBERS.keySet()) + ")\\.?(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * One verb after the text's last comma, all that a removed date left of its clause: a passive or participle
     * ("presenteres", "presented", "sendt") or a word for being done ("klar", "due").
     */
    private static final Pattern DANGLING = Pattern.compile(
            "(?iu),\\s*(\\p{L}+(?:es|ed)|sent|sendt|levert|klar|ferdig|ready|done|due)$");

    private TypedDueDate() {
    }

    /** The text without the due date typed in it; null when nothing else was typed. */
    static String without(String text, LocalDate due) {
        String kept = keptAround(text, due);
        if (kept == null || kept.equals(text)) {
            return kept;
        }
        Matcher dangling = DANGLING.matcher(kept);
        return dangling.find() ? kept.substring(0, dangling.start()) : kept;
    }

    /**
     * The one word a removed date leaves alone after the text's last comma ("plan for de 20 største byråene,
     * presenteres 8.12" leaves "presenteres"), which says what happens on that day; null when it leaves none.
     */
    static String danglingWord(String text, LocalDate due) {
        String kept = keptAround(text, due);
        if (kept == null || kept.equals(text)) {
            return null;
        }
        Matcher dangling = DANGLING.matcher(kept);
        return dangling.find() ? dangling.group(1) : null;
    }

    /**
     * The first date typed in a text ("Ingrid bestemmer før jul, helst innen fredag 18. desember"), read as the
     * next such day from {@code from} when it names no year; null when it names none.
     */
    static LocalDate firstIn(String text, LocalDate from) {
        List<DatesInText.Found> dates = found(text, from.getYear());
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate read = dates.get(0).date();
        return !dates.get(0).yearTyped() && read.isBefore(from) ? read.plusYears(1) : read;
    }

    /**
     * Each date typed in a text, with the words that lead it ("on", "innen" …), in the given year when it names
     * none; a match that is no real day (31/2) is left out.
     */
    static List<DatesInText.Found> found(String text, int year) {
        List<DatesInText.Found> found = new ArrayList<>();
        if (text == null || text.chars().noneMatch(Character::isDigit)) {
            return found;
        }
        Matcher date = Dates.DATE.matcher(text);
        while (date.find()) {
            LocalDate read = dateIn(date, year);
            if (read != null) {
                boolean yearTyped = date.group("yearA") != null || date.group("yearB") != null
                        || date.group("numYear") != null || date.group("isoYear") != null;
                found.add(new DatesInText.Found(date.start(), date.end(), read, yearTyped));
            }
        }
        return found;
    }

    private static String keptAround(String text, LocalDate due) {
        if (text == null || due == null) {
            return text;
        }
        String kept = text;
        if (text.chars().anyMatch(Character::isDigit)) {
            kept = removed(text, Dates.DATE.matcher(text), date -> due.equals(dateIn(date, due.getYear())));
        }
        if (kept == null) {
            return null;
        }
        // "innen onsdag", "by Wed": a weekday alone names the due date when it is the due date's weekday
        return removed(kept, Dates.WEEKDAY.matcher(kept),
                day -> Dates.WEEKDAY_NUMBERS.get(monthKey(day.group("day"))) == due.getDayOfWeek().getValue());
    }

    private static String removed(String text, Matcher date, java.util.function.Predicate<Matcher> isDue) {
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (date.find()) {
            if (isDue.test(date)) {
                kept.append(text, from, date.start()).append(' ');
                from = date.end();
            }
        }
        if (from == 0) {
            return text;
        }
        kept.append(text.substring(from));
        String tidy = kept.toString().replaceAll("\\s+", " ").replaceAll(" ([,.;:)])", "$1")
                .replaceAll("[\\s,;:–-]+$", "").replaceAll("\\(\\s*\\)", "").strip();
        return tidy.isEmpty() ? null : tidy;
    }

    /** The date a match names, in the due date's year when it names none; null when it is no date. */
    private static LocalDate dateIn(Matcher date, int dueYear) {
        try {
            if (date.group("dayFirst") != null) {
                return on(date.group("dayFirst"), Dates.MONTHS.get(monthKey(date.group("monthAfter"))),
                        date.group("yearA"), dueYear);
            }
            if (date.group("monthFirst") != null) {
                return on(date.group("dayAfter"), Dates.MONTHS.get(monthKey(date.group("monthFirst"))),
                        date.group("yearB"), dueYear);
            }
            if (date.group("numDay") != null) {
                return on(date.group("numDay"), Integer.parseInt(date.group("numMonth")), date.group("numYear"),
                        dueYear);
            }
            return LocalDate.of(Integer.parseInt(date.group("isoYear")), Integer.parseInt(date.group("isoMonth")),
                    Integer.parseInt(date.group("isoDay")));
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    private static LocalDate on(String day, Integer month, String year, int dueYear) {
        int inYear = year == null ? dueYear : Integer.parseInt(year);
        if (year != null && year.length() == 2) {
            inYear += 2000;
        }
        return LocalDate.of(inYear, month, Integer.parseInt(day));
    }

    /** Each language's weekday names and their first three letters, to the day's number (Monday is 1). */
    private static Map<String, Integer> weekdayNumbers() {
        Map<String, Integer> days = new HashMap<>();
        for (Language language : Language.values()) {
            List<String> full = names(language, "weekdays");
            for (int day = 0; day < full.size(); day++) {
                days.put(full.get(day), day + 1);
                days.put(full.get(day).substring(0, 3), day + 1);
            }
        }
        return days;
    }

    private static String monthKey(String typed) {
        return typed.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> names = new HashMap<>();
        for (Language language : Language.values()) {
            List<String> full = names(language, "months");
            for (int month = 0; month < full.size(); month++) {
                names.put(full.get(month), month + 1);
                names.put(full.get(month).substring(0, 3), month + 1);
            }
        }
        names.put("sept", 9);
        return names;
    }

    /** A word list's names, lower case and without a short form's full stop: "januar", "tir". */
    private static List<String> names(Language language, String key) {
        List<String> names = new ArrayList<>();
        for (String name : new LetterWords(language).get(key).split(",")) {
            names.add(monthKey(name.strip()));
        }
        return names;
    }

    private static String alternatives(Iterable<String> words) {
        StringBuilder either = new StringBuilder();
        List<String> longestFirst = new ArrayList<>();
        words.forEach(longestFirst::add);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String word : longestFirst) {
            either.append(either.isEmpty() ? "" : "|").append(Pattern.quote(word));
        }
        return "(?:" + either + ")";
    }

    private static Pattern pattern() {
        Set<String> weekdays = new HashSet<>();
        for (Language language : Language.values()) {
            for (String day : names(language, "weekdays")) {
                weekdays.add(day);
                weekdays.add(day.substring(0, 3));
            }
        }
        String month = alternatives(Dates.MONTHS.keySet()) + "\\.?";
        String weekday = "(?:" + alternatives(weekdays) + "\\.?,?\\s+(?:the\\s+|den\\s+)?)?";
        String dayFirst = "(?<dayFirst>\\d{1,2})" + ORDINAL + "\\s*(?:of\\s+)?(?<monthAfter>" + month + ")"
                + YEAR.replace("(\\d{4})", "(?<yearA>\\d{4})");
        String monthFirst = "(?<monthFirst>" + month + ")\\s+(?<dayAfter>\\d{1,2})" + ORDINAL
                + YEAR.replace("(\\d{4})", "(?<yearB>\\d{4})");
        String numeric = "(?<numDay>\\d{1,2})[./](?<numMonth>\\d{1,2})(?:[./](?<numYear>\\d{4}|\\d{2}))?";
        String iso = "(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})";
        return Pattern.compile("(?<![\\p{L}\\d])(?:(?:" + LEADS + ")\\s+){0,2}" + weekday
                        + "(?:" + dayFirst + "|" + monthFirst + "|" + iso + "|" + numeric + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
