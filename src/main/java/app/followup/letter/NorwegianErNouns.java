package app.followup.letter;

import java.util.List;
import java.util.Set;

/**
 * Bokmål words in -er that are no present tense: function words and the plural nouns a salesperson writes often,
 * alone or as the tail of a compound ("kontoplaner", "bedriftskunder"). The reading of the notes takes any other word
 * in -er after a subject for the verb.
 */
final class NorwegianErNouns {
    /** Words ending in -er that are not verbs: function words and plural nouns a salesperson writes often. */
    private static final Set<String> NB_NOT_VERBS = Set.of(
            "hver", "felles", "over", "under", "etter", "mer", "der", "her", "enn", "siden", "per", "kunder", "møter", "timer",
            "kroner", "markeder", "muligheter", "systemer", "prosesser", "rutiner", "områder", "leverandører",
            "tjenester", "produkter", "avtaler", "ordrer", "salgsmøter", "ganger", "dager", "uker", "måneder",
            "oppgaver", "regioner", "kanaler", "bransjer", "segmenter", "faser", "utfordringer", "konsekvenser",
            "årsaker", "sjefer", "ledere", "selgere", "partnere", "medarbeidere", "andre", "sider", "priser",
            "marginer", "resultater", "tall", "ambisjoner", "planer", "anbudsrunder", "runder", "slutter", "millioner", "milliarder", "tusener");
    /**
     * Plural nouns that end a compound a salesperson writes ("kontoplaner", "bedriftskunder", "salgsprosesser"):
     * a word that ends in one, after a first part of three letters or more, is no verb. Only nouns that no verb
     * ends in: not "priser" (lovpriser), "runder" (avrunder), nor a function word such as "per" (kjøper).
     */
    private static final List<String> NB_PLURAL_TAILS = List.of(
            "kunder", "planer", "avtaler", "prosesser", "systemer", "rutiner", "tjenester", "produkter", "kanaler",
            "segmenter", "markeder", "leverandører", "selgere", "ledere", "partnere", "områder", "regioner",
            "oppgaver", "muligheter", "utfordringer", "sjefer");
    private static final int SHORTEST_COMPOUND_HEAD = 3;

    private NorwegianErNouns() {
    }

    /** A word ending in -er that is a noun or a function word, alone or as the tail of a compound. */
    static boolean is(String word) {
        if (NB_NOT_VERBS.contains(word)) {
            return true;
        }
        // read at every keystroke, for every word in -er: a plain loop
        for (String tail : NB_PLURAL_TAILS) {
            if (word.length() >= tail.length() + SHORTEST_COMPOUND_HEAD && word.endsWith(tail)) {
                return true;
            }
        }
        return false;
    }
}
