package app.followup.letter;

import app.followup.model.Term;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures FollowUp's noun rules against Apache Lucene's Hunspell with the Debian dictionaries, for
 * docs/templates.md: for every noun of bench/nouns-*.tsv and every one of its forms given as the listed word, is
 * each slot's form right, left alone (abstained) or wrong; and how long the work takes. Run by bench/nouns.sh.
 */
public final class NounFormsBenchmark {
    private static final NounSlot[] NB_SLOTS = NounSlot.values();
    private static final NounSlot[] EN_SLOTS = {NounSlot.SINGULAR, NounSlot.PLURAL};

    public static void main(String[] args) throws Exception {
        Path hunspellDir = Path.of(args.length > 0 ? args[0] : "/usr/share/hunspell");
        for (String list : new String[] {"nouns-nb.tsv", "nouns-nb-unseen.tsv"}) {
            run("nb", Path.of("bench", list), NB_SLOTS, Locale.forLanguageTag("nb-NO"), hunspellDir.resolve("nb_NO"));
        }
        for (String list : new String[] {"nouns-en.tsv", "nouns-en-unseen.tsv"}) {
            run("en", Path.of("bench", list), EN_SLOTS, Locale.UK, hunspellDir.resolve("en_GB"));
        }
    }

    private static void run(String language, Path list, NounSlot[] slots, Locale locale, Path dictionary)
            throws Exception {
        List<List<Set<String>>> nouns = read(list);
        NounMorphology rules = NounMorphology.of(locale);
        long loadStart = System.nanoTime();
        Hunspell hunspell = load(dictionary);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        int[] byRules = new int[3];
        int[] byHunspell = new int[3];
        List<String> rulesWrong = new ArrayList<>();
        List<String> hunspellWrong = new ArrayList<>();
        for (List<Set<String>> noun : nouns) {
            for (Set<String> spellings : noun) {
                for (String listed : spellings) {
                    NounParadigm paradigm = rules.paradigm(listed);
                    Map<NounSlot, String> fromHunspell = hunspellForms(hunspell, listed, language);
                    for (int s = 0; s < slots.length; s++) {
                        Set<String> expected = noun.get(s);
                        score(byRules, expected, paradigm.certainForm(slots[s]), listed, slots[s], rulesWrong);
                        score(byHunspell, expected, fromHunspell.get(slots[s]), listed, slots[s], hunspellWrong);
                    }
                }
            }
        }
        System.out.printf("== %s: %d nouns%n", list.getFileName(), nouns.size());
        System.out.printf("rules:    right %d, left alone %d, wrong %d%n", byRules[0], byRules[1], byRules[2]);
        System.out.printf("hunspell: right %d, left alone %d, wrong %d (dictionary loaded in %.0f ms)%n",
                byHunspell[0], byHunspell[1], byHunspell[2], loadMs);
        System.out.println("rules wrong: " + rulesWrong);
        System.out.println("hunspell wrong: " + hunspellWrong);
        timeLetter(locale, language, hunspell);
    }

    private static void score(int[] counts, Set<String> expected, String got, String listed, NounSlot slot,
                              List<String> wrong) {
        if (got == null) {
            counts[1]++;
        } else if (expected.contains(got)) {
            counts[0]++;
        } else {
            counts[2]++;
            wrong.add(listed + "→" + slot + "=" + got);
        }
    }

    /** Hunspell's forms for a listed word: its one root, and that root's forms sorted into slots by flag. */
    private static Map<NounSlot, String> hunspellForms(Hunspell hunspell, String listed, String language) {
        Map<NounSlot, String> forms = new EnumMap<>(NounSlot.class);
        List<String> roots = new ArrayList<>(new LinkedHashSet<>(hunspell.getRoots(listed)));
        if (roots.size() != 1) {
            return forms;
        }
        String root = roots.get(0);
        forms.put(NounSlot.SINGULAR, root);
        Map<NounSlot, Set<String>> found = new EnumMap<>(NounSlot.class);
        for (AffixedWord word : hunspell.getAllWordForms(root)) {
            if (!word.getPrefixes().isEmpty() || word.getSuffixes().size() != 1) {
                continue;
            }
            NounSlot slot = language.equals("nb") ? nbSlot(word.getSuffixes().get(0).getFlag(), root, word.getWord())
                    : word.getSuffixes().get(0).getFlag().equals("S") ? NounSlot.PLURAL : null;
            if (slot != null) {
                found.computeIfAbsent(slot, k -> new LinkedHashSet<>()).add(word.getWord());
            }
        }
        if (language.equals("nb") && !found.containsKey(NounSlot.PLURAL) && found.containsKey(NounSlot.DEFINITE_SINGULAR)
                && found.get(NounSlot.DEFINITE_SINGULAR).stream().allMatch(f -> f.endsWith("t"))) {
            found.put(NounSlot.PLURAL, Set.of(root));   // a neuter without a plural suffix: hus, hus
        }
        found.forEach((slot, spellings) -> {
            List<String> list = new ArrayList<>(spellings);
            // The -en definite before the -a one, as the rules prefer; two different kinds of form is a doubt.
            list.sort((a, b) -> Boolean.compare(a.endsWith("a"), b.endsWith("a")));
            boolean oneKind = list.size() == 1 || list.size() == 2 && list.get(1).endsWith("a");
            forms.put(slot, oneKind ? list.get(0) : null);
        });
        return forms;
    }

    /** The bokmål dictionary's noun suffix flags: A -en, B -et, C -a, E plural, G definite plural, I -er nouns. */
    private static NounSlot nbSlot(String flag, String root, String word) {
        switch (flag) {
            case "A": case "B": case "C":
                return NounSlot.DEFINITE_SINGULAR;
            case "E":
                return NounSlot.PLURAL;
            case "G":
                return NounSlot.DEFINITE_PLURAL;
            case "I":
                return word.equals(root + "e") ? NounSlot.PLURAL : word.equals(root + "ne")
                        ? NounSlot.DEFINITE_PLURAL : null;
            default:
                return null;
        }
    }

    private static Hunspell load(Path base) throws Exception {
        try (InputStream aff = Files.newInputStream(Path.of(base + ".aff"));
             InputStream dic = Files.newInputStream(Path.of(base + ".dic"))) {
            return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic));
        }
    }

    /** The time to set up the terms and replace them in one letter, by the rules and by Hunspell's analysis. */
    private static void timeLetter(Locale locale, String language, Hunspell hunspell) {
        String letter = language.equals("nb")
                ? ("Takk for samtalen i dag. Klientene i distriktet kjøper mindre, og klientbasen ligger i hodet til "
                + "hver selger. Hver klient får besøk to ganger i året, og de største klientene går til kjedene. ")
                .repeat(8)
                : ("Thank you for your time today. The clients in the region buy less, and each client's history "
                + "sits in one salesperson's head. The largest clients go to the chains. ").repeat(8);
        List<Term> terms = language.equals("nb")
                ? List.of(Term.of("kunder", "klienter"), Term.of("KAM-rollen", "stillingen"))
                : List.of(Term.of("customers", "clients"), Term.of("the role", "the position"));
        int warm = 2000;
        for (int i = 0; i < warm; i++) {
            TermReplacer.of(terms, locale).apply(letter);
        }
        int runs = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            TermReplacer.of(terms, locale).apply(letter);
        }
        double rulesMs = (System.nanoTime() - start) / 1e6 / runs;
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            for (Term term : terms) {
                for (String word : term.avoid()) {
                    for (String root : hunspell.getRoots(word.toLowerCase(locale))) {
                        hunspell.getAllWordForms(root);
                    }
                }
                for (String root : hunspell.getRoots(term.theirs().toLowerCase(locale))) {
                    hunspell.getAllWordForms(root);
                }
            }
        }
        double hunspellMs = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("per letter (%d words): rules, whole replacement %.3f ms; hunspell, word forms of the "
                + "terms alone %.3f ms%n", letter.split("\\s+").length, rulesMs, hunspellMs);
    }

    private static List<List<Set<String>>> read(Path list) throws Exception {
        List<List<Set<String>>> nouns = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Set<String>> noun = new ArrayList<>();
            for (String field : line.split("\t")) {
                noun.add(new LinkedHashSet<>(Arrays.asList(field.split("\\|"))));
            }
            nouns.add(noun);
        }
        return nouns;
    }
}
