package app.followup.letter;

import java.util.Set;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bokmål noun forms: a small lexicon of the nouns a sales letter uses (nouns_nb.txt) and the irregular ones; a
 * compound inflects like its last part; a noun with a derivational ending (-ing, -sjon, -het …) follows that
 * ending's class; any other word is read by its shape in every way it could be read, so that the forms the
 * readings disagree on are known to be uncertain.
 */
final class NorwegianNouns implements NounMorphology {
    private static final String VOWELS = "aeiouyæøåéèêóòâô";
    /** A last part of three letters ("tre", "and") ends too many words that are not compounds of it. */
    private static final int SHORTEST_HEAD = 4;
    private static final int SHORTEST_PREFIX = 3;
    private static final String[][] DERIVATIONAL = {
        {"ing", "SAK"}, {"sjon", "BIL"}, {"het", "SAK"}, {"itet", "BIL"}, {"ør", "BIL"}, {"ist", "BIL"},
        {"ant", "BIL"}, {"else", "JENTE"}, {"isme", "KUNDE"}, {"ment", "PRODUKT"}, {"eri", "PRODUKT"},
        {"iker", "LAERER"},
    };
    private static final Set<String> GENDERED = Set.of("en", "ei", "et", "min", "mi", "mitt",
            "din", "di", "ditt", "sin", "si", "sitt", "vår", "vårt", "hver", "hvert", "ingen", "intet", "annen",
            "annet", "egen", "eget", "noen", "noe", "denne", "dette", "hvilken", "hvilket", "slik", "slikt");
    private static final String[] ENDINGS = {"", "en", "a", "er", "ene", "et", "e", "ne", "n", "r", "t"};

    static final NorwegianNouns INSTANCE = new NorwegianNouns();
    /** Every form of every lexicon noun, to the noun's reading. */
    private final Map<String, NounReading> lexicon;

    private NorwegianNouns() {
        this.lexicon = load();
    }

    @Override
    public NounParadigm paradigm(String word) {
        NounReading known = lexicon.get(word);
        if (known != null) {
            return NounParadigm.of(word, List.of(known));
        }
        NounReading compound = byLastPart(word);
        if (compound != null) {
            return NounParadigm.of(word, List.of(compound));
        }
        NounReading derived = byDerivationalEnding(word);
        if (derived != null) {
            return NounParadigm.of(word, List.of(derived));
        }
        NounReading adjective = AdjectivalNoun.reading(word);
        if (adjective != null) {
            return NounParadigm.of(word, List.of(adjective));
        }
        List<NounReading> readings = byShape(word);
        return readings.isEmpty() ? NounParadigm.exactOnly(word) : NounParadigm.of(word, readings);
    }

    @Override
    public boolean closedCompounds() {
        return true;
    }

    @Override
    public boolean agreesInGender(String previousWord) {
        return GENDERED.contains(previousWord);
    }

    @Override
    public String genitive(String form, NounSlot slot) {
        return form.endsWith("s") || form.endsWith("x") || form.endsWith("z") ? form + "'" : form + "s";
    }

    /** The longest lexicon noun the word ends with, after a first part of a few letters or a hyphen. */
    private NounReading byLastPart(String word) {
        for (int start = 1; start < word.length(); start++) {
            NounReading head = lexicon.get(word.substring(start));
            String prefix = word.substring(0, start);
            boolean joined = prefix.endsWith("-") || prefix.length() >= SHORTEST_PREFIX && hasVowel(prefix)
                    && word.length() - start >= SHORTEST_HEAD;
            if (head != null && joined) {
                return head.withPrefix(prefix);
            }
        }
        return null;
    }

    private static NounReading byDerivationalEnding(String word) {
        for (String[] rule : DERIVATIONAL) {
            NorwegianNounClass nounClass = NorwegianNounClass.valueOf(rule[1]);
            for (String ending : ENDINGS) {
                if (!word.endsWith(ending)) {
                    continue;
                }
                String lemma = word.substring(0, word.length() - ending.length());
                if (lemma.endsWith(rule[0]) && lemma.length() > rule[0].length() + 1) {
                    NounReading reading = nounClass.inflect(lemma);
                    if (!reading.slotsOf(word).isEmpty()) {
                        return reading;
                    }
                }
            }
        }
        return null;
    }

    /** Every reading the word's ending allows, the likeliest first. */
    private static List<NounReading> byShape(String word) {
        List<NounReading> readings = new ArrayList<>();
        if (word.endsWith("erne")) {
            add(readings, word, cut(word, 2), NorwegianNounClass.LAERER);
            add(readings, word, word, NorwegianNounClass.KUNDE);
        } else if (word.endsWith("ene")) {
            String stem = cut(word, 3);
            add(readings, word, stem, NorwegianNounClass.BIL);
            add(readings, word, stem + "e", NorwegianNounClass.KUNDE);
            add(readings, word, stem, NorwegianNounClass.SAK);
            add(readings, word, stem + "e", NorwegianNounClass.JENTE);
            add(readings, word, stem, NorwegianNounClass.HUS);
            add(readings, word, stem, NorwegianNounClass.PRODUKT);
            add(readings, word, stem + "e", NorwegianNounClass.MOTE);
        } else if (word.endsWith("iere")) {
            add(readings, word, word, NorwegianNounClass.KUNDE);
            add(readings, word, cut(word, 1), NorwegianNounClass.LAERER);
        } else if (word.endsWith("ere")) {
            add(readings, word, cut(word, 1), NorwegianNounClass.LAERER);
        } else if (word.endsWith("er")) {
            add(readings, word, cut(word, 2), NorwegianNounClass.BIL);
            add(readings, word, cut(word, 1), NorwegianNounClass.KUNDE);
            add(readings, word, cut(word, 2), NorwegianNounClass.SAK);
            add(readings, word, cut(word, 1), NorwegianNounClass.JENTE);
            add(readings, word, cut(word, 2), NorwegianNounClass.PRODUKT);
            add(readings, word, word, NorwegianNounClass.LAERER);
        } else if (word.endsWith("en")) {
            String stem = cut(word, 2);
            add(readings, word, stem, NorwegianNounClass.BIL);
            add(readings, word, stem, NorwegianNounClass.SAK);
            add(readings, word, cut(word, 1), NorwegianNounClass.KUNDE);
            add(readings, word, cut(word, 1), NorwegianNounClass.JENTE);
            if (stem.endsWith("er")) {
                add(readings, word, stem, NorwegianNounClass.LAERER);
            }
            if ((stem.endsWith("er") || stem.endsWith("el")) && syllables(stem) > 1) {
                add(readings, word, stem, NorwegianNounClass.SYKKEL);
            }
        } else if (word.endsWith("et") && !word.endsWith("ett")) {
            String stem = cut(word, 2);
            add(readings, word, stem, NorwegianNounClass.HUS);
            add(readings, word, stem, NorwegianNounClass.PRODUKT);
            add(readings, word, cut(word, 1), NorwegianNounClass.MOTE);
        } else if (word.endsWith("a")) {
            add(readings, word, word, NorwegianNounClass.AGENDA);
            add(readings, word, cut(word, 1) + "e", NorwegianNounClass.JENTE);
            add(readings, word, cut(word, 1), NorwegianNounClass.SAK);
        } else if (word.endsWith("e")) {
            add(readings, word, word, NorwegianNounClass.KUNDE);
            add(readings, word, word, NorwegianNounClass.JENTE);
            add(readings, word, word, NorwegianNounClass.MOTE);
        } else if (word.endsWith("el") && !word.endsWith("ell") && syllables(word) > 1) {
            add(readings, word, word, NorwegianNounClass.SYKKEL);
            add(readings, word, word, NorwegianNounClass.BIL);
        } else {
            add(readings, word, word, NorwegianNounClass.BIL);
            add(readings, word, word, NorwegianNounClass.SAK);
            add(readings, word, word, NorwegianNounClass.HUS);
            if (syllables(word) > 1) {
                add(readings, word, word, NorwegianNounClass.PRODUKT);
            }
        }
        return readings;
    }

    private static void add(List<NounReading> readings, String word, String lemma, NorwegianNounClass nounClass) {
        if (lemma.length() < 2 || !hasVowel(lemma)) {
            return;
        }
        NounReading reading = nounClass.inflect(lemma);
        if (!reading.slotsOf(word).isEmpty()) {
            readings.add(reading);
        }
    }

    private static String cut(String word, int letters) {
        return word.substring(0, Math.max(0, word.length() - letters));
    }

    static int syllables(String word) {
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = VOWELS.indexOf(word.charAt(i)) >= 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        return count;
    }

    static boolean hasVowel(String word) {
        return syllables(word) > 0;
    }

    private static Map<String, NounReading> load() {
        Map<String, NounReading> byForm = new HashMap<>();
        var stream = Objects.requireNonNull(NorwegianNouns.class.getResourceAsStream("nouns_nb.txt"),
                "nouns_nb.txt");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (NounReading reading : readings(line)) {
                    reading.forms().values().forEach(spellings -> spellings.forEach(
                            form -> byForm.putIfAbsent(form, reading)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byForm);
    }

    private static List<NounReading> readings(String line) {
        if (line.startsWith("=")) {
            String[] parts = line.substring(1).strip().split("\\s+");
            return List.of(NounReading.of(parts[0], spellings(parts[1]), spellings(parts[2]), spellings(parts[3])));
        }
        int colon = line.indexOf(':');
        NorwegianNounClass nounClass = NorwegianNounClass.valueOf(line.substring(0, colon).strip());
        List<NounReading> readings = new ArrayList<>();
        for (String lemma : line.substring(colon + 1).strip().split("\\s+")) {
            readings.add(nounClass.inflect(lemma));
        }
        return readings;
    }

    private static List<String> spellings(String field) {
        return List.of(field.split("\\|"));
    }
}
