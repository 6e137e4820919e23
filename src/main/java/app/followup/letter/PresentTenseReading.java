package app.followup.letter;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word that looks like an avoided noun is the verb spelled the same: "AE-ene selger til IT" sells, it
 * names no seller; "we target retailers" names no target. Read from the words around it, and only where the
 * reading is plain: right after a subject pronoun ("de selger", "they target"), or, in bokmål, after a noun in the
 * definite plural ("AE-ene selger", "selgerne kjøper") and before a preposition or a sentence adverb ("til", "ikke").
 * Anything else ("en selger til IT-avdelingen", "jobbet som selger") is read as the noun.
 */
final class PresentTenseReading {
    private static final Set<String> NB_PRONOUNS = Set.of("jeg", "du", "han", "hun", "vi", "dere", "de", "man");
    private static final Set<String> EN_PRONOUNS = Set.of("i", "you", "he", "she", "we", "they");
    private static final Set<String> NB_AFTER_VERB = Set.of(
            "til", "på", "inn", "ut", "med", "for", "mot", "fra", "i", "om", "hos", "ikke", "aldri", "alltid",
            "bare", "også", "fortsatt", "mer", "mest", "godt", "dårlig", "direkte", "selv");

    private PresentTenseReading() {
    }

    /** True when word {@code at} of the text reads as a present-tense verb rather than a noun. */
    static boolean isVerb(Words found, int at, Locale locale) {
        if (at == 0 || !found.separator(at - 1).equals(" ")) {
            return false;
        }
        String before = found.folded(at - 1);
        boolean norwegian = !locale.getLanguage().equals("en");
        if ((norwegian ? NB_PRONOUNS : EN_PRONOUNS).contains(before)) {
            return true;
        }
        if (!norwegian || !found.folded(at).endsWith("er") || at + 1 >= found.count()) {
            return false;
        }
        boolean definitePlural = before.endsWith("ene") || before.endsWith("erne") || before.equals("ene");
        return definitePlural && NB_AFTER_VERB.contains(found.folded(at + 1).toLowerCase(Locale.ROOT));
    }
}
