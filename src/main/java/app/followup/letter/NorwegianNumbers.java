package app.followup.letter;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in bokmål prose as Språkrådet sets them, whatever the note-taker typed: a space before the percent sign
 * ("under 20%" → "under 20 %"), an en dash in a range of numbers ("2022-2025" → "2022–2025", "9-12 måneder" →
 * "9–12 måneder"), and a date typed as figures ("godkjenning i styret 17.12") in the letter's own date form
 * ("17. desember"), and a small count as a word ({@link SmallNumbersInWords}), "1 av fem" too
 * ({@link OneOfSeveral}). The spaces are non-breaking, so neither a percentage nor a date is broken across lines.
 * <p>
 * Only what is surely a date is turned: day and month figures that make a real day (31.11 does not), not part of a
 * longer figure (a version 2.1.3, a full date with its year, a decimal "2.5 millioner"), not after a word that
 * makes them a time or a number ("kl. 17.12", "versjon 2.1"). A time such as 17.30 is no date and stays. A range
 * is two whole numbers, the second the larger: "3-1" (a score) and "22-33-44" (a phone number) stay.
 */
final class NorwegianNumbers {
    private static final String NBSP = "\u00a0";
    private static final Pattern PERCENT = Pattern.compile("(?<=\\d) ?%");
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:–-])(\\d{1,4})-(\\d{1,4})(?![\\p{L}\\p{N}–-]|[.,]\\p{N})");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:–-])(\\d{1,2})\\.(\\d{1,2})(\\.)?(?![\\p{L}\\p{N}–-]|[.,:]\\p{N}|\\.?[-–]\\d)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([^\\s\\u00a0]+)[\\s\\u00a0]+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\.?[\\s\\u00a0]*([\\p{L}%]+)");
    /** Where a date's own full stop is not the end of the sentence: the sentence goes on after it. */
    private static final Pattern SENTENCE_GOES_ON = Pattern.compile("^\\s*[\\p{Ll},;]");

    private final LetterWords words;
    private final SmallNumbersInWords counts;
    private final OneOfSeveral oneOf;
    private final Set<String> notAfter;
    private final Set<String> notBefore;

    NorwegianNumbers(LetterWords words) {
        this.words = words;
        this.counts = new SmallNumbersInWords(words);
        this.oneOf = new OneOfSeveral(List.of(words.get("numbers.words").split(",\\s*")));
        this.notAfter = Set.of(words.get("numbers.date.not.after").split(",\\s*"));
        this.notBefore = Set.of(words.get("numbers.date.not.before").split(",\\s*"));
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (out.indexOf('%') >= 0) {
            out = PERCENT.matcher(out).replaceAll(NBSP + "%");
        }
        if (out.indexOf('-') >= 0) {
            out = ranges(out);
        }
        if (out.indexOf('.') >= 0) {
            out = dates(out);
        }
        return oneOf.apply(counts.apply(out));
    }

    private static String ranges(String text) {
        Matcher matcher = RANGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean rising = Integer.parseInt(matcher.group(1)) < Integer.parseInt(matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    rising ? matcher.group(1) + "–" + matcher.group(2) : matcher.group()));
        }
        return matcher.appendTail(out).toString();
    }

    private String dates(String text) {
        Matcher matcher = NUMERIC_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            MonthDay day = monthDay(matcher.group(1), matcher.group(2));
            String before = text.substring(0, matcher.start());
            String after = text.substring(matcher.end());
            if (day == null || isTimeOrNumber(before, after)) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
                continue;
            }
            String date = words.get("date.day").replace("{day}", Integer.toString(day.getDayOfMonth()))
                    .replace("{month}", words.item("months", day.getMonthValue() - 1));
            // "17.12." at the end of a sentence keeps its full stop; inside one the date's own stop goes
            boolean stopEndsSentence = matcher.group(3) != null && !SENTENCE_GOES_ON.matcher(after).find();
            matcher.appendReplacement(out, Matcher.quoteReplacement(date + (stopEndsSentence ? "." : "")));
        }
        return matcher.appendTail(out).toString();
    }

    private static MonthDay monthDay(String day, String month) {
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** "kl. 10.12", "versjon 2.1", "2.5 millioner": the figures are a time or a number, not a date. */
    private boolean isTimeOrNumber(String before, String after) {
        Matcher previous = WORD_BEFORE.matcher(before);
        if (previous.find() && notAfter.contains(previous.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher next = WORD_AFTER.matcher(after);
        return next.find() && notBefore.contains(next.group(1).toLowerCase(Locale.ROOT));
    }
}
