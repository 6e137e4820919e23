package app.followup.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year typed straight after a noun at the end of a phrase, as notes have it ("forsvinner 40 millioner i
 * omsetning 2027"), takes the "i" bokmål needs: "i omsetning i 2027". Only after a noun the lexicon reads for
 * certain as an indefinite singular, so "utgangen av 2027", "innen 2027", "Q3 2027", "planen 2027" and a range
 * "2022–2025" stay; nor after a word that names a period or a document the year is part of ("år 2027", "budsjett
 * 2027", "strategi 2030": {@code year.named.by}).
 */
final class YearAfterNoun {
    private static final Pattern NOUN_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(\\p{Ll}+) ((?:19|20)\\d{2})(?=\\s*[,.;:)]|\\s*$|\\s+og\\s)");

    /** Words before a year that are no noun, which the lexicon's reading by shape could take for one. */
    private static final Set<String> NOT_NOUNS = Set.of("i", "innen", "fra", "til", "siden", "før", "etter", "mot",
            "rundt", "per", "frem", "fram", "gjennom", "under", "over", "ut", "og", "eller", "men", "enn", "som", "av",
            "for", "med", "på", "om", "hele", "er", "var", "blir", "ble", "ned", "opp", "året");

    private final List<String> namedBy;
    private final String in;

    YearAfterNoun(LetterWords words) {
        this.namedBy = List.of(words.get("year.named.by").split(",\\s*"));
        this.in = words.get("year.in");
    }

    String apply(String phrase) {
        if (phrase == null || phrase.indexOf(' ') < 0) {
            return phrase;
        }
        Matcher matcher = NOUN_YEAR.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String noun = matcher.group(1);
            String replacement = isPlainNoun(noun) ? noun + " " + in + " " + matcher.group(2) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    private boolean isPlainNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_NOUNS.contains(lower) || namedBy.stream().anyMatch(lower::endsWith)) {
            return false;
        }
        NounParadigm paradigm = NorwegianNouns.INSTANCE.paradigm(lower);
        NounParadigm.Recognition form = paradigm.recognise(lower);
        return form.certain() && form.slots().equals(Set.of(NounSlot.SINGULAR));
    }
}
