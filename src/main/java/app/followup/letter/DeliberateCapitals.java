package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A capital the user typed on purpose at the start of an English note ("Ford dealer standards review in 2027"):
 * someone who opens most notes in lower case ("fleet side too reliant …", "no new fleet accounts …") capitalises a
 * word because it is a name, so the letter keeps it when it weaves the note into a sentence ("If nothing changes,
 * Ford …"). A word the notes also write in lower case elsewhere ("Value case workshop" beside "no value case"), a
 * verb form, or a word that opens notes as grammar ("No", "If", "Because") is no name and is lowered as before.
 */
final class DeliberateCapitals {
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    private static final Set<String> GRAMMAR = Set.of(
            "no", "not", "if", "so", "because", "which", "the", "a", "an", "and", "but", "or", "our", "we", "they",
            "there", "this", "that", "these", "those", "it", "its", "too", "very", "only", "just", "still", "some",
            "all", "any", "each", "every", "more", "less", "most", "many", "few", "when", "while", "since", "after",
            "before", "as", "then", "also", "possible", "probably", "maybe", "new", "big", "small", "low", "high",
            "lack", "lots", "lot", "poor", "weak", "slow", "same", "other", "one", "two", "three", "you", "your",
            "someone", "somebody", "nobody", "everyone", "what", "how", "why", "who", "where", "i");
    /** Lower-case openings at least this many times the capitalised ones make a writer who capitalises names only. */
    private static final int LOWER_CASE_MAJORITY = 2;

    private DeliberateCapitals() {
    }

    /** The capitalised first words of the round's notes that are names, for an English writer in lower case. */
    static Set<String> of(Notes notes, Round round) {
        if (notes.languageOrDefault() != Language.EN) {
            return Set.of();
        }
        List<String> texts = new ArrayList<>();
        texts.add(round.challenge());
        texts.addAll(round.causes());
        texts.addAll(round.consequences());
        texts.add(round.hiringVision());
        texts.addAll(round.decisionProcessOrEmpty().steps());
        round.evidence().stream().filter(Objects::nonNull).map(Evidence::detail).forEach(texts::add);
        List<String> firstWords = new ArrayList<>();
        Set<String> lowerElsewhere = new HashSet<>();
        for (String text : texts) {
            String[] words = text == null ? new String[0] : WORD_SPLIT.split(text.strip());
            int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
            if (start < words.length) {
                firstWords.add(words[start]);
            }
            for (int i = start + 1; i < words.length; i++) {
                if (!words[i].isEmpty() && Character.isLowerCase(words[i].codePointAt(0))) {
                    lowerElsewhere.add(words[i]);
                }
            }
        }
        long lower = firstWords.stream().filter(w -> Character.isLowerCase(w.codePointAt(0))).count();
        long upper = firstWords.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        if (upper == 0 || lower < LOWER_CASE_MAJORITY * upper) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String word : firstWords) {
            String lowered = word.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(word.codePointAt(0)) && !lowerElsewhere.contains(lowered)
                    && !GRAMMAR.contains(lowered) && !isVerbForm(lowered)) {
                names.add(word);
            }
        }
        return names;
    }

    private static boolean isVerbForm(String word) {
        return word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly") || Deliverable.isEnglishBaseVerb(word)
                || EnglishArticle.isStepVerb(word);
    }
}
