package app.followup.letter;

import app.followup.model.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations of hurried notes as a letter writes them ({@code shorthand.*} in the letter's word list): a
 * counted one in full, in the number its count gives ("2 ref" → "2 referanser", "1 mnd" → "1 måned"), and one a
 * letter keeps short with its full stop ("ca 40" → "ca. 40"). A counted one with no count before it ("ref fra
 * kunder") is left as typed: whether it means one or several cannot be told. A language without such a list is left
 * alone.
 */
final class NoteShorthand {
    /** Counts that make the word after them singular. */
    private static final Set<String> ONE = Set.of("1", "en", "én", "ett", "ei", "hver", "per", "pr", "pr.");
    /** Counts in words: the word after one of these is plural. */
    private static final Set<String> SEVERAL = Set.of("to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni",
            "ti", "tolv", "flere", "noen", "mange", "få", "two", "three", "four", "five", "several", "many", "few");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?(?:\\s?[-–]\\s?\\d+(?:[.,]\\d+)?)?");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    private static final Map<Language, NoteShorthand> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new NoteShorthand(new LetterWords(language)));
        }
    }

    /** Abbreviation to its singular and plural. */
    private final Map<String, String[]> counted = new HashMap<>();
    /** Every abbreviation, as a word of the text is compared with it before the patterns are tried. */
    private final Set<String> abbreviations = new java.util.HashSet<>();
    private final Pattern countedPattern;
    private final Pattern stopPattern;

    private NoteShorthand(LetterWords words) {
        StringBuilder countedWords = new StringBuilder();
        if (words.has("shorthand.counted")) {
            for (String entry : words.get("shorthand.counted").split(",")) {
                String[] parts = entry.strip().split("=");
                counted.put(parts[0], parts[1].split("\\|"));
                abbreviations.add(parts[0].toLowerCase(Locale.ROOT));
                countedWords.append(countedWords.isEmpty() ? "" : "|").append(Pattern.quote(parts[0]));
            }
        }
        // the abbreviation's own full stop goes with it inside a sentence ("2 ref. fra"), not at its end
        countedPattern = countedWords.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}.-])(" + countedWords
                + ")(\\.(?=\\s+\\p{Ll}|[,;:)]))?(?![\\p{L}\\p{N}-])(?!\\.\\p{L})");
        StringBuilder stopWords = new StringBuilder();
        if (words.has("shorthand.stop")) {
            for (String word : words.get("shorthand.stop").split(",")) {
                String bare = word.strip();
                abbreviations.add(bare.toLowerCase(Locale.ROOT));
                String capital = Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
                stopWords.append(stopWords.isEmpty() ? "" : "|").append(Pattern.quote(bare)).append('|')
                        .append(Pattern.quote(capital));
            }
        }
        stopPattern = stopWords.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}.-])(" + stopWords + ")(?![\\p{L}\\p{N}.-])");
    }

    static String of(String text, Language language) {
        return BY_LANGUAGE.get(language).apply(text);
    }

    private String apply(String text) {
        // the patterns open with a look-behind, tried at every position of the whole letter at every keystroke:
        // a letter without any of the words (most) is passed by in one scan of its words
        if (!hasAnAbbreviation(text)) {
            return text;
        }
        String out = text;
        if (countedPattern != null) {
            out = countedPattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(written(text, match)));
        }
        if (stopPattern != null) {
            out = stopPattern.matcher(out).replaceAll("$1.");
        }
        return out;
    }

    private boolean hasAnAbbreviation(String text) {
        // "bl.a", "f.eks": not one word of letters, looked for as they are
        String lower = text.toLowerCase(Locale.ROOT);
        for (String abbreviation : abbreviations) {
            if (!abbreviation.chars().allMatch(Character::isLetter) && lower.contains(abbreviation)) {
                return true;
            }
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetter(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (abbreviations.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private String written(String text, MatchResult match) {
        String[] forms = counted.get(match.group(1));
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, match.start() - 40), match.start()));
        if (!before.find()) {
            return match.group();
        }
        String count = before.group(1).toLowerCase(Locale.ROOT);
        if (ONE.contains(count)) {
            return forms[0];
        }
        return NUMBER.matcher(count).matches() || SEVERAL.contains(count) ? forms[1] : match.group();
    }
}
