package app.followup.letter;

import java.util.List;

/**
 * The regular ways a bokmål noun inflects, named by an example. Which one a noun follows cannot be seen from the
 * singular alone (bil/bilen/biler but hus/huset/hus), which is why a lexicon and the other readings matter.
 */
enum NorwegianNounClass {
    /** bil, bilen, biler, bilene (masculine). */
    BIL {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "en"), List.of(lemma + "er"), List.of(lemma + "ene"));
        }
    },
    /**
     * sak, saken or saka, saker, sakene (feminine). Only nouns known to be feminine take -a: "banka" and "pakka"
     * are also verbs.
     */
    SAK {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "en", lemma + "a"), List.of(lemma + "er"),
                    List.of(lemma + "ene"));
        }
    },
    /** kunde, kunden, kunder, kundene (masculine). */
    KUNDE {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "n"), List.of(lemma + "r"), List.of(lemma + "ne"));
        }
    },
    /** jente, jenten or jenta, jenter, jentene (feminine). */
    JENTE {
        @Override
        NounReading inflect(String lemma) {
            String stem = lemma.substring(0, lemma.length() - 1);
            return NounReading.of(lemma, List.of(lemma + "n", stem + "a"), List.of(lemma + "r"),
                    List.of(lemma + "ne"));
        }
    },
    /** hus, huset, hus, husene (neuter of one syllable: the plural is the singular). */
    HUS {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "et"), List.of(lemma), List.of(lemma + "ene", lemma + "a"));
        }
    },
    /** produkt, produktet, produkter, produktene (neuter of more syllables). */
    PRODUKT {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "et"), List.of(lemma + "er"), List.of(lemma + "ene"));
        }
    },
    /** møte, møtet, møter, møtene. */
    MOTE {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "t"), List.of(lemma + "r"), List.of(lemma + "ne"));
        }
    },
    /** lærer, læreren, lærere, lærerne. */
    LAERER {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "en"), List.of(lemma + "e"), List.of(lemma + "ne"));
        }
    },
    /** sykkel, sykkelen, sykler, syklene; åker, åkrer: the plural drops the e and a doubled consonant. */
    SYKKEL {
        @Override
        NounReading inflect(String lemma) {
            String base = lemma.substring(0, lemma.length() - 2);
            int n = base.length();
            if (n >= 2 && base.charAt(n - 1) == base.charAt(n - 2)) {
                base = base.substring(0, n - 1);
            }
            String contracted = base + lemma.charAt(lemma.length() - 1);
            return NounReading.of(lemma, List.of(lemma + "en"), List.of(contracted + "er"),
                    List.of(contracted + "ene"));
        }
    },
    /** agenda, agendaen, agendaer, agendaene (nouns ending in -a). */
    AGENDA {
        @Override
        NounReading inflect(String lemma) {
            return NounReading.of(lemma, List.of(lemma + "en"), List.of(lemma + "er"), List.of(lemma + "ene"));
        }
    };

    abstract NounReading inflect(String lemma);
}
