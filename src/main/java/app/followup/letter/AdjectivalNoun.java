package app.followup.letter;

import java.util.List;

/**
 * An adjective or participle used as a noun ("innkjøpsansvarlige", "reisende", "de utdannede"): it takes no noun
 * endings, so the shape rules would write non-words ("innkjøpsansvarligene"). Its definite forms need an article
 * in front ("den/de innkjøpsansvarlige") that a word-for-word replacement cannot place, so only the indefinite
 * forms are given; a definite form of the word it replaces stays as written and {@code check} names it.
 */
final class AdjectivalNoun {
    private AdjectivalNoun() {
    }

    /** The indefinite forms of such a word, or null when its ending does not mark it as one. */
    static NounReading reading(String word) {
        if (NorwegianNouns.syllables(word) < 2) {
            return null; // "krig", "stig": one-syllable nouns in -ig inflect as nouns
        }
        if (word.endsWith("ig")) {
            return indefinite(word, word + "e");
        }
        if (word.endsWith("ige")) {
            return indefinite(word.substring(0, word.length() - 1), word);
        }
        // present participles are the same word in both numbers: "en reisende", "mange reisende"
        if (word.endsWith("ende") && NorwegianNouns.syllables(word) > 2) {
            return indefinite(word, word);
        }
        // past participles in -et: "en utdannet", "utdannede"
        if (word.endsWith("ede") && NorwegianNouns.syllables(word) > 2) {
            return indefinite(word.substring(0, word.length() - 2) + "t", word);
        }
        if (word.endsWith("ansatt") || word.endsWith("ansatte")) {
            String singular = word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
            return indefinite(singular, singular + "e");
        }
        return null;
    }

    private static NounReading indefinite(String singular, String plural) {
        return NounReading.of(singular, List.of(), List.of(plural), List.of());
    }
}
