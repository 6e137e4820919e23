package app.followup.letter;

/**
 * Whether the letters after an avoided word make the word a compound with it ("klient" + "basen") or a different
 * word that only starts the same ("klientell", "lønnsom", "kundevennlig"). The rule, bokmål only: the rest must
 * be at least four letters with a vowel, must not start with a derivational ending (-som, -lig, -ell, -het …) and
 * must not end as an adjective does (-lig, -ig, -isk, -som, -løs …). A rest starting with s or e may be a linking
 * letter (lønn-s-modul): such a compound is found but not replaced, since their word may link differently.
 */
final class CompoundTail {
    enum Kind { NONE, PLAIN, LINKED }

    private static final int SHORTEST_STEM = 4;
    private static final int SHORTEST_TAIL = 4;
    private static final String[] NOT_A_NOUN_START = {
        "som", "lig", "ig", "isk", "ell", "else", "het", "skap", "ere", "ert", "ing", "ning", "iv", "ør", "ist",
        "isme", "itet", "ent", "ant", "aktig", "messig", "vis", "løs", "bar", "ne", "ns", "rs", "r",
    };
    private static final String[] ADJECTIVE_END = {"lig", "ig", "isk", "som", "løs", "messig", "aktig", "vis", "bar"};

    private CompoundTail() {
    }

    static Kind of(String stem, String tail) {
        if (stem.length() < SHORTEST_STEM || tail.length() < SHORTEST_TAIL || !NorwegianNouns.hasVowel(tail)) {
            return Kind.NONE;
        }
        for (String start : NOT_A_NOUN_START) {
            if (tail.startsWith(start)) {
                return Kind.NONE;
            }
        }
        for (String end : ADJECTIVE_END) {
            if (tail.endsWith(end)) {
                return Kind.NONE;
            }
        }
        boolean linking = tail.startsWith("s") || tail.startsWith("e") && !stem.endsWith("e");
        return linking ? Kind.LINKED : Kind.PLAIN;
    }
}
