package app.followup.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The article a step or a piece of evidence typed as a label needs in running bokmål: "andre intervju med Kari" reads
 * "et andre intervju med Kari" after "Veien videre er", "logisk test" reads "tar jeg en logisk test". Only a noun
 * of the countable things of a hiring process ({@code article.countable}, or a compound ending in one) whose form
 * the noun lexicon reads for certain as an indefinite singular gets one, "et" when it is neuter, else "en"; before
 * it at most one adjective whose form is the same in every gender (andre, siste, logisk, muntlig, avsluttende).
 * An acronym before such a noun joins it with a hyphen, as a compound ("en OPQ-personlighetstest"). Plurals
 * (logiske tester), mass and abstract nouns (referansesjekk, godkjenning), a first word with a capital and any word
 * the lexicon is unsure of stay as typed. After "av"/"om" such a noun typed bare is definite ("en presentasjon av
 * 100-dagersplanen").
 */
final class NorwegianArticle {
    /** Adjectives that never change for gender before an indefinite singular noun. */
    private static final Set<String> INVARIABLE = Set.of("andre", "tredje", "fjerde", "femte", "første", "siste",
            "neste", "ekstra", "felles");
    private static final String[] INVARIABLE_ENDINGS = {"isk", "ig", "ende"};
    /** Words after the noun that end its phrase: a preposition opens what follows. */
    private static final Set<String> PREPOSITIONS = Set.of("med", "for", "hos", "via", "i", "på", "til", "av", "om",
            "fra", "mot", "etter", "før", "under", "over", "ved", "uten", "sammen", "innen", "rundt", "og");
    /** Prepositions after which a bare countable noun of a label is definite: "presentasjon av planen". */
    private static final Set<String> OF = Set.of("av", "om");
    private static final int SHORTEST_PREFIX = 3;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.]+$");
    /** Each word list read once: the composer makes one of these at every keystroke. */
    private static final Map<String, Set<String>> COUNTABLE_BY_LIST = new ConcurrentHashMap<>();

    private final Set<String> countable;

    NorwegianArticle(LetterWords words) {
        this.countable = COUNTABLE_BY_LIST.computeIfAbsent(words.get("article.countable"),
                list -> Set.of(LIST_SEPARATOR.split(list)));
    }

    /** The label with "en"/"et" before it when it surely needs one, else as it was. */
    String withArticle(String label) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        return articleBefore(definiteAfterOf(label));
    }

    /**
     * "presentasjon av 100-dagersplan for ledergruppen" → "… av 100-dagersplanen …": after "av" or "om", a countable
     * thing of the process typed bare, as a label has it, is the one both sides know of, so definite. Only when
     * the lexicon is sure of both forms and nothing (an article, an adjective, a number) stands before the noun.
     */
    private String definiteAfterOf(String label) {
        String[] words = label.split(" ");
        boolean changed = false;
        for (int i = 1; i + 1 < words.length; i++) {
            if (!OF.contains(words[i])) {
                continue;
            }
            String typed = words[i + 1];
            String bare = typed.replaceAll("[,;:.)]+$", "");
            boolean endsPhrase = !bare.equals(typed) || i + 2 == words.length || words[i + 2].startsWith("(")
                    || PREPOSITIONS.contains(words[i + 2]);
            String definite = endsPhrase && isLowerCase(bare) && isCountable(bare) ? definiteSingular(bare) : null;
            if (definite != null) {
                words[i + 1] = definite + typed.substring(bare.length());
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : label;
    }

    /** "100-dagersplan" → "100-dagersplanen" when the word is surely an indefinite singular, else null. */
    private static String definiteSingular(String noun) {
        int hyphen = noun.lastIndexOf('-');
        String head = hyphen < 0 ? noun : noun.substring(hyphen + 1);
        NounParadigm paradigm = NorwegianNouns.INSTANCE.paradigm(head);
        NounParadigm.Recognition form = paradigm.recognise(head);
        String definite = paradigm.certainForm(NounSlot.DEFINITE_SINGULAR);
        if (!form.certain() || !form.slots().equals(Set.of(NounSlot.SINGULAR)) || definite == null) {
            return null;
        }
        return noun.substring(0, hyphen + 1) + definite;
    }

    private String articleBefore(String label) {
        String[] words = label.split(" ");
        if (words.length > 1 && ACRONYM.matcher(words[0]).matches()) {
            // "OPQ personlighetstest" is one compound, written with a hyphen: "en OPQ-personlighetstest"
            String rest = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
            String compound = withArticle(rest);
            int space = compound.indexOf(' ');
            return compound.equals(rest) ? label
                    : compound.substring(0, space) + " " + words[0] + "-" + compound.substring(space + 1);
        }
        int noun = isInvariableAdjective(words[0]) && words.length > 1 ? 1 : 0;
        if (noun == 1 && !isLowerCase(words[0])) {
            return label;
        }
        String typed = words[noun];
        String bare = TRAILING_PUNCTUATION.matcher(typed).replaceAll("");
        boolean endsPhrase = !bare.equals(typed) || noun + 1 == words.length || words[noun + 1].startsWith("(")
                || PREPOSITIONS.contains(words[noun + 1]);
        if (!endsPhrase || !isLowerCase(bare) || !isCountable(bare)) {
            return label;
        }
        Boolean neuter = singularGender(bare);
        if (neuter == null) {
            return label;
        }
        return (neuter ? "et " : "en ") + label;
    }

    private boolean isCountable(String noun) {
        if (countable.contains(noun)) {
            return true;
        }
        for (int start = SHORTEST_PREFIX; start < noun.length() - 1; start++) {
            if (countable.contains(noun.substring(start))) {
                return true;
            }
        }
        return noun.contains("-") && countable.contains(noun.substring(noun.lastIndexOf('-') + 1));
    }

    /** Neuter or not when the word is surely an indefinite singular, else null. */
    private static Boolean singularGender(String noun) {
        NounParadigm paradigm = NorwegianNouns.INSTANCE.paradigm(noun);
        NounParadigm.Recognition form = paradigm.recognise(noun);
        if (!form.certain() || !form.slots().equals(Set.of(NounSlot.SINGULAR))) {
            return null;
        }
        return paradigm.neuter();
    }

    private static boolean isInvariableAdjective(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (INVARIABLE.contains(lower)) {
            return true;
        }
        for (String ending : INVARIABLE_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerCase(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT));
    }
}
