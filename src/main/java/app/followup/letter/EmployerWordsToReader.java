package app.followup.letter;

import app.followup.model.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interviewer's own words about the company, said back to them. The wizard asks for the challenge, causes,
 * consequences and hiring vision as the interviewer put them ("Vi taper hyllemeter", "we come in too late"), and
 * pasted unchanged the candidate would speak as the employer. So the employer's "vi/oss/vår/vårt/våre" become
 * "dere/dere/deres" and "we/us/our/ours/ourselves" become "you/you/your/yours/yourselves". English verbs need no
 * change: "we" and "you" take the same forms ("we are" → "you are", "we were" → "you were"); Norwegian verbs do not
 * inflect for person. Text already in "dere"/"you" is left as it is.
 */
final class EmployerWordsToReader {
    private static final Pattern NB_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(vi|oss|vår|vårt|våre)(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern EN_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}'-])(we|us|our|ours|ourselves|we're|we've|we'll|we'd)(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> NB = Map.of(
            "vi", "dere", "oss", "dere", "vår", "deres", "vårt", "deres", "våre", "deres");
    private static final Map<String, String> EN = Map.of(
            "we", "you", "us", "you", "our", "your", "ours", "yours", "ourselves", "yourselves",
            "we're", "you're", "we've", "you've", "we'll", "you'll", "we'd", "you'd");
    /** "i vår", "neste vår": the season (spring), not "our". */
    private static final Pattern NB_SEASON_BEFORE = Pattern.compile(
            "(?iu)(?:^|[^\\p{L}])(i|neste|forrige|denne|hele|fra|til)\\s+$");
    private static final Set<String> SEASON_SAFE = Set.of("vår");

    private final Language language;

    EmployerWordsToReader(Language language) {
        this.language = language;
    }

    /** The note with the employer's first person turned to the reader; null stays null. */
    String apply(String note) {
        if (note == null || note.isEmpty()) {
            return note;
        }
        Matcher matcher = (language == Language.NB ? NB_WORDS : EN_WORDS).matcher(note);
        if (!matcher.find()) {
            return note;
        }
        Map<String, String> words = language == Language.NB ? NB : EN;
        StringBuilder out = new StringBuilder(note.length() + 16);
        int from = 0;
        do {
            String found = matcher.group(1);
            String lower = found.toLowerCase(Locale.ROOT);
            out.append(note, from, matcher.start());
            out.append(keep(note, matcher, found, lower) ? found : inCaseOf(found, words.get(lower)));
            from = matcher.end();
        } while (matcher.find());
        return out.append(note, from, note.length()).toString();
    }

    /**
     * Words that only look like the employer's: "US" (the country), "WE" in capitals, and the season in
     * "i vår"/"neste vår" (this/next spring), which a reader could not tell from "our" there, so it stays. Words
     * inside quotation marks are what someone said, and a quotation is never changed.
     */
    private boolean keep(String note, Matcher matcher, String found, String lower) {
        if (Quoted.contains(note, matcher.start())) {
            return true;
        }
        if (found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return language == Language.NB && SEASON_SAFE.contains(lower)
                && NB_SEASON_BEFORE.matcher(note.substring(0, matcher.start())).find();
    }

    /** "Vi" at the start of a sentence gives "Dere". */
    private static String inCaseOf(String found, String replacement) {
        return Character.isUpperCase(found.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
