package app.followup.letter;

import app.followup.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts the interviewer's words in place of the candidate's own: every whole-word occurrence of an {@code avoid}
 * word or phrase becomes {@code theirs}, keeping a capital first letter or all capitals. One pass, longest
 * phrase first, so a replacement is never replaced again.
 */
public final class TermReplacer {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}_@]";
    private final Pattern pattern;
    private final Map<String, String> theirsByAvoided;
    private final Locale locale;

    private TermReplacer(Pattern pattern, Map<String, String> theirsByAvoided, Locale locale) {
        this.pattern = pattern;
        this.theirsByAvoided = theirsByAvoided;
        this.locale = locale;
    }

    public static TermReplacer of(List<Term> terms, Locale locale) {
        Map<String, String> theirsByAvoided = new HashMap<>();
        List<String> avoided = new ArrayList<>();
        for (Term term : terms) {
            String theirs = Texts.inline(term.theirs());
            if (theirs == null) {
                continue;
            }
            for (String word : term.avoid()) {
                String avoid = Texts.inline(word);
                if (avoid == null || avoid.equalsIgnoreCase(theirs)) {
                    continue;
                }
                String key = key(avoid, locale);
                if (theirsByAvoided.putIfAbsent(key, theirs) == null) {
                    avoided.add(avoid);
                }
            }
        }
        if (avoided.isEmpty()) {
            return new TermReplacer(null, Map.of(), locale);
        }
        String alternatives = avoided.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(TermReplacer::phrasePattern)
                .collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + alternatives + ")(?!" + WORD_CHAR + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new TermReplacer(pattern, theirsByAvoided, locale);
    }

    public String apply(String text) {
        if (pattern == null || text == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String found = matcher.group();
            String theirs = theirsByAvoided.get(key(found, locale));
            matcher.appendReplacement(out, Matcher.quoteReplacement(withCaseOf(found, theirs)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The avoided words found in a text, for advice on letters the user wrote themselves. */
    public List<String> findAvoided(String text) {
        List<String> found = new ArrayList<>();
        if (pattern != null && text != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    public String theirsFor(String avoided) {
        return theirsByAvoided.get(key(avoided, locale));
    }

    private String withCaseOf(String found, String theirs) {
        long letters = found.codePoints().filter(Character::isLetter).count();
        boolean allCaps = letters > 1 && found.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps) {
            return theirs.toUpperCase(locale);
        }
        if (Character.isUpperCase(found.codePointAt(0))) {
            return Texts.capitalise(theirs, locale);
        }
        return theirs;
    }

    private static String phrasePattern(String phrase) {
        return java.util.Arrays.stream(phrase.split(" "))
                .map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
    }

    private static String key(String phrase, Locale locale) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(locale);
    }
}
