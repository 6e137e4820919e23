package app.followup.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small count in prose written as a word, as Språkrådet advises for bokmål running text: "har hatt 3 sjefer på 2
 * år" → "har hatt tre sjefer på to år", "sender jeg 2 referanser" → "sender jeg to referanser". English style guides
 * say the same; there the composer applies it to the promises, where a figure right after a date reads as part of
 * it ("on Friday 4 December 2 referees" → "… two referees"). Only 2 to 9 ("én", "ett" or "en" for 1 depends on the
 * noun's gender), and only where the figure surely counts what follows it:
 * after a verb, a preposition, a pronoun, an article or at the start of a clause, before a word in small letters
 * that is no unit ("4 TWh", "5 %", "3 millioner" stay). A label ("fase 2", "uke 3"), and a figure compared with a
 * larger one in the same clause ("3 av de 15 siste") keep their figures, as Språkrådet says figures that are
 * compared are written alike.
 */
final class SmallNumbersInWords {
    private static final Pattern DIGIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:–\\-+])([2-9])(?=[ \\u00a0](\\p{Ll}+))(?![\\p{N}.,%–\\-])");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s\\u00a0]+$");
    /** "kl. 9", "ca. 3": the full stop of a short abbreviation opens no clause. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}])\\p{L}{1,4}\\.$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;:!?()\\n]");
    private static final Pattern LARGER_FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{2,})(?![\\p{N}])");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private final List<String> numbers;
    private final Set<String> countsAfter;
    private final Set<String> units;
    /** The ending of a present tense a count follows ("lander 3 nye avtaler"); null where the language has none. */
    private final String presentEnding;

    SmallNumbersInWords(LetterWords words) {
        this.numbers = List.of(words.get("numbers.words").split(",\\s*"));
        this.countsAfter = Set.of(words.get("numbers.words.after").split(",\\s*"));
        this.units = Set.of(words.get("numbers.units").split(",\\s*"));
        this.presentEnding = words.has("numbers.words.present") ? words.get("numbers.words.present") : null;
    }

    String apply(String text) {
        Matcher matcher = DIGIT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean counts = !units.contains(matcher.group(2)) && countsAfter(text.substring(0, matcher.start()))
                    && !comparedInClause(text, matcher.start());
            String word = numbers.get(Integer.parseInt(matcher.group(1)) - 2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(counts ? word : matcher.group()));
        }
        return matcher.appendTail(out).toString();
    }

    /** The word before is a verb, a preposition, a pronoun or an article, or the clause starts here. */
    private boolean countsAfter(String before) {
        String trimmed = before.stripTrailing();
        if (trimmed.isEmpty() || CLAUSE_BREAK.matcher(trimmed.substring(trimmed.length() - 1)).matches()
                && !ABBREVIATION_END.matcher(trimmed).find()) {
            return true;
        }
        Matcher previous = WORD_BEFORE.matcher(before);
        if (!previous.find()) {
            return false;
        }
        String word = previous.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        // a present tense ("lander 3 nye avtaler"), a word the list knows; a name or a label's noun ("fase 2") not
        return word.equals(lower) && (countsAfter.contains(lower)
                || presentEnding != null && lower.length() > 4 && lower.endsWith(presentEnding));
    }

    /** Another figure of two digits or more in the same clause, not a year: the counts are compared. */
    private static boolean comparedInClause(String text, int at) {
        int start = at;
        while (start > 0 && !CLAUSE_BREAK.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        int end = at;
        while (end < text.length() && !CLAUSE_BREAK.matcher(text.substring(end, end + 1)).matches()) {
            end++;
        }
        Matcher figures = LARGER_FIGURE.matcher(text.substring(start, end));
        while (figures.find()) {
            int figure = figures.group(1).length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(figures.group(1));
            if (figure < FIRST_YEAR || figure > LAST_YEAR) {
                return true;
            }
        }
        return false;
    }
}
