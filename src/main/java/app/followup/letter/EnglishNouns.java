package app.followup.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * English noun forms: singular and plural by the spelling rules, the irregular plurals of a short list, and a
 * compound ending in one of them ("salesperson") inflecting like it. Where the rules allow two plurals (leaf,
 * photo) or two singulars (houses, buses) both readings are kept, so the form in doubt is left for {@code check}.
 */
final class EnglishNouns implements NounMorphology {
    private static final int SHORTEST_HEAD = 4;
    private static final int SHORTEST_PREFIX = 3;
    private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(ss|sh|ch|x|z)es");
    private static final Pattern SIBILANT_END = Pattern.compile(".*(s|sh|ch|x|zz)");
    private static final Pattern CONSONANT_Z = Pattern.compile(".*[^aeiou]z");
    private static final Pattern VOWEL_Z = Pattern.compile(".*[aeiou]z");
    private static final String[] IRREGULAR = {
        "person people", "man men", "woman women", "child children", "foot feet", "tooth teeth", "mouse mice", "goose geese", "ox oxen", "louse lice",
        "salesperson salespeople", "businessperson businesspeople", "spokesperson spokespeople",
        "analysis analyses", "crisis crises", "basis bases", "thesis theses", "hypothesis hypotheses",
        "criterion criteria", "phenomenon phenomena", "life lives", "wife wives", "knife knives", "leaf leaves",
        "half halves", "shelf shelves", "thief thieves", "chief chiefs", "roof roofs", "belief beliefs",
        "proof proofs", "salesman salesmen", "saleswoman saleswomen", "chairman chairmen",
        "businessman businessmen", "businesswoman businesswomen", "staff staff", "sheep sheep", "series series",
        "species species", "potato potatoes", "hero heroes", "echo echoes", "veto vetoes", "photo photos",
        "video videos", "portfolio portfolios", "radio radios", "studio studios", "scenario scenarios",
        "status statuses", "bonus bonuses", "campus campuses", "virus viruses", "bus buses", "census censuses",
        "focus focuses", "cause causes", "case cases", "house houses", "course courses", "purchase purchases",
        "license licenses", "licence licences", "expense expenses", "response responses", "base bases",
        "phase phases", "release releases", "increase increases", "database databases", "process processes",
        "deer deer", "fish fish", "aircraft aircraft", "offspring offspring", "moose moose", "salmon salmon",
        "axis axes", "emphasis emphases", "diagnosis diagnoses", "synopsis synopses", "stimulus stimuli",
        "cactus cacti", "radius radii", "syllabus syllabi", "alumnus alumni", "index indexes", "matrix matrices",
        "appendix appendices", "vertex vertices", "service services", "price prices", "office offices",
        "device devices", "practice practices", "invoice invoices", "choice choices", "notice notices",
        "voice voices", "gas gases", "atlas atlases", "bias biases", "canvas canvases", "alias aliases",
        "lens lenses", "quiz quizzes",
    };

    static final EnglishNouns INSTANCE = new EnglishNouns();
    private final Map<String, NounReading> lexicon = new HashMap<>();

    private EnglishNouns() {
        for (String pair : IRREGULAR) {
            String[] forms = pair.split(" ");
            NounReading reading = NounReading.of(forms[0], List.of(), List.of(forms[1]), List.of());
            lexicon.putIfAbsent(forms[0], reading);
            lexicon.putIfAbsent(forms[1], reading);
        }
    }

    @Override
    public NounParadigm paradigm(String word) {
        NounReading known = lexicon.get(word);
        if (known == null) {
            known = byLastPart(word);
        }
        if (known != null) {
            return NounParadigm.of(word, List.of(known));
        }
        List<NounReading> readings = new ArrayList<>();
        for (String singular : singulars(word)) {
            for (String plural : plurals(singular)) {
                NounReading reading = NounReading.of(singular, List.of(), List.of(plural), List.of());
                if (!reading.slotsOf(word).isEmpty()) {
                    readings.add(reading);
                }
            }
        }
        return readings.isEmpty() ? NounParadigm.exactOnly(word) : NounParadigm.of(word, readings);
    }

    @Override
    public boolean closedCompounds() {
        return false;
    }

    @Override
    public boolean agreesInGender(String previousWord) {
        return false;
    }

    @Override
    public String genitive(String form, NounSlot slot) {
        return slot == NounSlot.PLURAL && form.endsWith("s") ? form + "'" : form + "'s";
    }

    private NounReading byLastPart(String word) {
        for (int start = 1; start <= word.length() - SHORTEST_HEAD; start++) {
            NounReading head = lexicon.get(word.substring(start));
            if (head != null && head.lemma().length() >= SHORTEST_HEAD && start >= SHORTEST_PREFIX) {
                return head.withPrefix(word.substring(0, start));
            }
        }
        return null;
    }

    /** The singulars a word may come from: itself, or the plural endings taken off. */
    private static List<String> singulars(String word) {
        List<String> singulars = new ArrayList<>();
        boolean looksPlural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && word.length() > 2;
        if (!looksPlural) {
            singulars.add(word);
            return singulars;
        }
        if (word.endsWith("as")) {
            // ideas, agendas, but gas, atlas, bias: the singular itself may end in -as.
            singulars.add(word.substring(0, word.length() - 1));
            singulars.add(word);
        } else if (word.endsWith("ices")) {
            // prices, services, but indices, matrices.
            String stem = word.substring(0, word.length() - 4);
            singulars.add(stem + "ice");
            singulars.add(stem + "ix");
            singulars.add(stem + "ex");
        } else if (word.endsWith("ies") && word.length() > 4) {
            singulars.add(word.substring(0, word.length() - 3) + "y");
        } else if (SIBILANT_PLURAL.matcher(word).matches()) {
            singulars.add(word.substring(0, word.length() - 2));
        } else if (word.endsWith("ves")) {
            String stem = word.substring(0, word.length() - 3);
            singulars.add(word.substring(0, word.length() - 1));
            singulars.add(stem + "f");
            singulars.add(stem + "fe");
        } else if (word.endsWith("oes") || word.endsWith("ses")) {
            singulars.add(word.substring(0, word.length() - 1));
            singulars.add(word.substring(0, word.length() - 2));
        } else {
            singulars.add(word.substring(0, word.length() - 1));
        }
        return singulars;
    }

    /** The plurals the spelling rules allow for a singular: one, or two where they cannot choose. */
    private static List<String> plurals(String singular) {
        int n = singular.length();
        char last = singular.charAt(n - 1);
        char before = n > 1 ? singular.charAt(n - 2) : ' ';
        if (singular.endsWith("us")) {
            return List.of(singular + "es", singular.substring(0, n - 2) + "i");
        }
        if (singular.endsWith("is") && !singular.endsWith("ss")) {
            return List.of(singular.substring(0, n - 2) + "es", singular + "es");
        }
        if (singular.endsWith("ix") || singular.endsWith("ex")) {
            return List.of(singular + "es", singular.substring(0, n - 2) + "ices");
        }
        if (SIBILANT_END.matcher(singular).matches() || CONSONANT_Z.matcher(singular).matches()) {
            return List.of(singular + "es");
        }
        if (VOWEL_Z.matcher(singular).matches()) {
            return List.of(singular + "zes");
        }
        if (last == 'y' && "aeiou".indexOf(before) < 0) {
            return List.of(singular.substring(0, n - 1) + "ies");
        }
        if (last == 'f') {
            return List.of(singular + "s", singular.substring(0, n - 1) + "ves");
        }
        if (singular.endsWith("fe")) {
            return List.of(singular + "s", singular.substring(0, n - 2) + "ves");
        }
        if (last == 'o' && "aeiou".indexOf(before) < 0) {
            return List.of(singular + "s", singular + "es");
        }
        return List.of(singular + "s");
    }
}
