package app.followup.advice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds talk of pay in a letter, by the style guide's rules: words about pay are salary (lønn and its compounds,
 * fastlønn, provisjon, bonus as pay, salary, pay as a noun, compensation, OTE …), and so is a sum of money right
 * before "base" ("£85,000 base"). A figure on its own never is: a year, "12 000 kunder", a phone number or a sales
 * result. Words that only look like pay are not: lønnsom, lønnsomhet (profitable), a payroll product (lønnsmodul,
 * lønnssystem), "det lønner seg" (it pays off), belønning (reward), "pay attention", "as a bonus".
 */
final class SalaryMentions {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /** A text without any of these cannot talk of pay: most letters are passed over in one scan. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "lønn|provisjon|bonus|salar|wage|compensation|remuneration|gasje|ote|earnings|pay|base",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What may stand between a pay word and its figure: "lønnsforventning: 750 000", "salary of £85,000". */
    private static final Pattern FIGURE_AFTER = Pattern.compile(
            "^[\\s:=–-]*(?:(?:på|er|ca\\.?|rundt|omkring|of|is|around|about|at)\\s+)*"
                    + "((?:kr\\.?|nok|£|\\$|€)\\s?\\d[\\d.,]*(?:[\\s\\u00A0\\u202F]\\d{3})*\\s?(?:[km]|mnok)?"
                    + "|\\d[\\d.,]*(?:[\\s\\u00A0\\u202F]\\d{3})*(?:\\s?(?:kr|nok|kroner|mnok|k|m|000))?)"
                    + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONEY_BASE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:kr\\.?|nok|£|\\$|€)\\s?\\d[\\d.,]*(?:[\\s\\u00A0]\\d{3})*\\s?[km]?"
                    + "|\\d[\\d.,]*(?:[\\s\\u00A0]\\d{3})*\\s?(?:k|m|kr|nok|kroner))\\s+base(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Forms and compounds of lønn about profit or payroll work, not about the candidate's pay. */
    private static final List<String> NOT_PAY_AFTER_LONN = List.of("lønnsom", "lønnsmodul", "lønnssystem",
            "lønnsprogram", "lønnsløsning", "lønnskjøring", "lønnsbehandling", "lønnsavdeling", "lønnstjenest",
            "lønnsrapport", "lønnsintegrasjon");
    private static final Set<String> LONNE_VERB = Set.of("lønne", "lønner", "lønnet", "lønte", "lønt");
    /** Customers' bonus schemes, not the candidate's pay. */
    private static final List<String> NOT_PAY_BONUS = List.of("kundebonus", "bonuspoeng", "bonuskort");
    private static final Set<String> BONUS_IDIOM_FILLERS = Set.of("en", "et", "a", "an", "ekstra", "extra",
            "liten", "lite", "nice", "real");
    private static final Set<String> PAY_WORDS = Set.of("salary", "salaries", "salaried", "wage", "wages",
            "remuneration", "compensation", "gasje", "gasjen");
    /** "pay" is the noun when one of these stands before it ("my pay", "base pay") or after it ("pay range"). */
    private static final Set<String> BEFORE_PAY_NOUN = Set.of("my", "your", "the", "base", "basic", "annual",
            "starting", "home", "higher", "lower", "equal", "fair", "holiday", "sick", "overtime", "variable",
            "fixed", "total", "our", "their");
    private static final Set<String> AFTER_PAY_NOUN = Set.of("rise", "raise", "range", "level", "levels", "scale",
            "grade", "package", "band", "expectation", "expectations", "cut", "increase", "review", "slip",
            "structure", "gap", "rate", "negotiation", "negotiations");
    private static final Set<String> NOT_PAY_AFTER_PAY = Set.of("off", "attention");

    private SalaryMentions() {
    }

    /**
     * False when the text cannot talk of pay: none of the words pay is talked of with is in it. Also false for
     * anything left of the text after parts of it were replaced by spaces, as no such word has a space in it.
     */
    static boolean mayMention(String text) {
        return text != null && CANDIDATE.matcher(text).find();
    }

    /** The first mention of pay, as written, with its figure when one follows ("lønnsforventning 750 000"). */
    static Optional<String> first(String text) {
        if (!mayMention(text)) {
            return Optional.empty();
        }
        List<MatchResult> words = WORD.matcher(text).results().toList();
        int moneyBase = firstMoneyBase(text);
        for (int i = 0; i < words.size(); i++) {
            MatchResult word = words.get(i);
            if (moneyBase >= 0 && moneyBase < word.start()) {
                break;
            }
            if (isPay(words, i)) {
                return Optional.of(withFigure(text, word));
            }
        }
        if (moneyBase >= 0) {
            Matcher money = MONEY_BASE.matcher(text);
            money.find(moneyBase);
            return Optional.of(money.group());
        }
        return Optional.empty();
    }

    private static int firstMoneyBase(String text) {
        Matcher money = MONEY_BASE.matcher(text);
        return money.find() ? money.start() : -1;
    }

    private static String withFigure(String text, MatchResult word) {
        Matcher figure = FIGURE_AFTER.matcher(text).region(word.end(), text.length());
        figure.useAnchoringBounds(true);
        return figure.lookingAt() ? text.substring(word.start(), figure.end(1)) : word.group();
    }

    private static boolean isPay(List<MatchResult> words, int index) {
        String original = words.get(index).group();
        String word = lower(original);
        String before = index > 0 ? lower(words.get(index - 1).group()) : "";
        String after = index + 1 < words.size() ? lower(words.get(index + 1).group()) : "";
        if (word.contains("lønn")) {
            return isNorwegianPay(word, after);
        }
        if (word.contains("provisjon") || PAY_WORDS.contains(word)) {
            return true;
        }
        if (word.contains("bonus")) {
            return isBonusAsPay(words, index, word);
        }
        if (original.equals("OTE")) {
            return true;
        }
        if (word.equals("earnings")) {
            return before.equals("target");
        }
        if (word.equals("pay")) {
            return !NOT_PAY_AFTER_PAY.contains(after)
                    && (BEFORE_PAY_NOUN.contains(before) || AFTER_PAY_NOUN.contains(after));
        }
        return false;
    }

    private static boolean isNorwegianPay(String word, String after) {
        int at = word.indexOf("lønn");
        if (word.substring(0, at).endsWith("be")) {
            return false;   // belønning: a reward
        }
        String rest = word.substring(at);
        if (NOT_PAY_AFTER_LONN.stream().anyMatch(rest::startsWith)) {
            return false;
        }
        return !(LONNE_VERB.contains(rest) && after.equals("seg"));   // "det lønner seg": it pays off
    }

    /** "Bonus" is pay, but not in "as a bonus" / "som en (ekstra) bonus" nor in a customer's bonus scheme. */
    private static boolean isBonusAsPay(List<MatchResult> words, int index, String word) {
        if (NOT_PAY_BONUS.stream().anyMatch(word::startsWith)) {
            return false;
        }
        for (int back = 1; back <= 3 && index - back >= 0; back++) {
            String earlier = lower(words.get(index - back).group());
            if (earlier.equals("som") || earlier.equals("as") || earlier.equals("added")) {
                return false;
            }
            if (!BONUS_IDIOM_FILLERS.contains(earlier)) {
                return true;
            }
        }
        return true;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
