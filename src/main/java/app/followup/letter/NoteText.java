package app.followup.letter;

import app.followup.model.Language;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A note as the user typed it ("Ingen eier partnerne etter omorganiseringen", "Lite oppfølging av de største
 * partnerne"), read well enough to weave it into a sentence: is it a clause with a finite verb or a bare phrase,
 * what it looks like inside a sentence (first word in lower case unless it is a name or an acronym). Its Norwegian
 * word order in the letter's sentence is {@link NorwegianWordOrder}'s ("vokser ikke" → "at … ikke vokser"). The
 * reading is deliberately cautious: where it is unsure, the letter uses a construction that takes either.
 */
final class NoteText {
    private static final Set<String> NB_FINITE = Set.of(
            "er", "var", "har", "hadde", "blir", "ble", "kan", "kunne", "vil", "ville", "skal", "skulle", "må",
            "måtte", "bør", "burde", "får", "fikk", "går", "gikk", "gjør", "gjorde", "tar", "tok", "ligger", "lå",
            "står", "sto", "stod", "kommer", "kom", "gir", "ga", "ser", "så", "sier", "sa", "vet", "visste", "mangler",
            "manglet", "mistet", "tapte", "vokste", "falt", "sluttet", "forsvant", "endret", "solgte", "kjøpte",
            "brukte", "fungerer", "fungerte", "trenger", "trengte", "henger", "hang", "eier", "eide", "nås", "fås",
            "sees", "tas", "gis", "sies", "når", "finnes", "fins");
    private static final Set<String> EN_FINITE = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will", "would",
            "may", "might", "must", "should", "shall", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't",
            "didn't", "can't", "cannot", "won't", "hasn't", "haven't", "hadn't");
    private static final Set<String> NB_NOT_BEFORE_VERB = Set.of(
            "få", "flere", "mange", "færre", "nye", "gamle", "store", "små", "viktige", "egne", "andre", "alle",
            "våre", "deres", "sine", "mine", "dine", "disse", "de", "lite", "mer", "mindre", "mest", "for", "to",
            "tre", "fire", "fem", "av", "i", "på", "til", "fra", "med", "om", "hos", "uten", "mot", "etter", "over",
            "under", "blant", "mellom", "per", "og", "eller", "som", "større", "bedre", "lavere", "høyere");
    private static final Set<String> EN_DETERMINERS = Set.of(
            "the", "no", "our", "their", "its", "this", "that", "each", "every", "a", "an", "nobody", "everyone",
            "someone", "it", "they", "we", "he", "she");
    private static final Set<String> EN_NOT_BEFORE_VERB = Set.of(
            "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "and", "or", "the", "a", "an", "no",
            "top", "new", "few", "many", "more", "less", "key", "two", "three", "our", "their", "who", "that",
            "which", "whose");
    /** Words a bare phrase starts with: "Manglende oppfølging", "Too few meetings", "Stalled growth". */
    private static final Set<String> PHRASE_STARTS = Set.of(
            "manglende", "mangel", "lite", "lav", "lavt", "lave", "lavere", "svak", "svakt", "svake", "dårlig",
            "dårlige", "tapt", "tapte", "fallende", "synkende", "økende", "høy", "høye", "høyere", "for", "få",
            "ingen", "stor", "store", "liten", "små", "uklar", "uklare", "treg", "tregt", "too", "lack",
            "lacking", "no", "low", "lower", "poor", "weak", "slow", "stalled", "falling", "declining",
            "shrinking", "missing", "limited", "few", "fewer", "little", "high", "higher", "rising", "lost",
            "unclear", "inconsistent");
    /** Personal pronouns that stand as a subject: the word after one, if it ends in -r, is the present tense. */
    private static final Set<String> NB_SUBJECT_PRONOUNS = Set.of(
            "jeg", "du", "han", "hun", "den", "det", "vi", "dere", "de", "man");
    private static final Set<String> RELATIVES = Set.of("som", "who", "that", "which", "whose", "der");

    private final Language language;
    private final Set<String> names;
    private final Map<String, List<String>> wordsOf = new HashMap<>();
    private final NorwegianWordOrder order;

    /** @param names words that keep their capital letter: people's and companies' names from the notes */
    NoteText(Language language, Set<String> names) {
        this.language = language;
        this.names = names;
        this.order = new NorwegianWordOrder(this, language);
    }

    /** The notes' words in the order a Norwegian clause wants where it stands in the letter. */
    NorwegianWordOrder order() {
        return order;
    }

    /** True when the note reads as a clause of its own, with a finite verb after its subject. */
    boolean isClause(String note) {
        return finiteVerbIndex(note) > 0;
    }

    /** The position of the note's finite verb among its space-separated words, or -1 when it is no clause. */
    int finiteVerbAt(String note) {
        return finiteVerbIndex(note);
    }

    /** True when the note is surely a bare phrase ("Lite oppfølging av …"), not a clause the reading missed. */
    boolean isPhrase(String note) {
        List<String> words = words(note);
        return !words.isEmpty() && !isClause(note) && (PHRASE_STARTS.contains(words.get(0)) || words.size() <= 3
                || startsWithArticle(words));
    }

    /** True when the note opens with an article: "en salgssjef som …", "a KAM who …" is a noun phrase. */
    boolean opensWithArticle(String note) {
        List<String> words = words(note);
        return !words.isEmpty() && startsWithArticle(words);
    }

    private boolean startsWithArticle(List<String> words) {
        Set<String> articles = language == Language.NB ? Set.of("en", "ei", "et", "noen")
                : Set.of("a", "an", "someone", "somebody");
        return articles.contains(words.get(0));
    }

    /** The note inside a sentence: "Ingen eier partnerne" → "ingen eier partnerne"; "KAM-rollen", "Lise" stay. */
    String inner(String note) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return null;
        }
        int end = firstWordEnd(clean);
        String first = clean.substring(0, end);
        if (keepsCapital(first)) {
            return clean;
        }
        return first.toLowerCase(language.locale()) + clean.substring(end);
    }

    /**
     * True when a Norwegian note opens with its finite verb, as one does once the word before it has gone:
     * "da mister de 30 byråer" without "da" is "mister de 30 byråer".
     */
    boolean opensWithVerb(String note) {
        List<String> words = words(note);
        if (language != Language.NB || words.size() < 2) {
            return false;
        }
        String first = words.get(0);
        return NB_FINITE.contains(first) && !first.equals("så") && !first.equals("når")
                || first.length() > 4 && (first.endsWith("er") || first.endsWith("es"))
                        && !NorwegianErNouns.is(first) && !first.contains("-");
    }

    /**
     * True when no word after the first can be a verb ("redundancies in the healthcare division and a profit warning
     * risk"); a clause the reading missed ("the Series B conversation gets pushed back") has one.
     */
    boolean hasNoVerb(String note) {
        List<String> words = words(note);
        return !isClause(note) && words.stream().skip(1).noneMatch(word -> language == Language.NB
                ? NB_FINITE.contains(word) || word.length() > 4 && (word.endsWith("er") || word.endsWith("es"))
                        && !NorwegianErNouns.is(word)
                : EN_FINITE.contains(word) || word.length() > 3 && (word.endsWith("ed")
                        || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")));
    }

    /**
     * True when a Norwegian note opens with "når" as the verb "nå" (reach), as "da når de ikke målet" does once "da"
     * has gone: a subject pronoun follows with no verb of its own after it ("når de mister …" is "when").
     */
    boolean opensWithReach(String note) {
        List<String> words = words(note);
        return language == Language.NB && words.size() > 2 && words.get(0).equals("når")
                && NB_SUBJECT_PRONOUNS.contains(words.get(1)) && !isNorwegianVerb(words, 2);
    }

    /** True when the note is a Norwegian subject pronoun: "de" in "taper de det". */
    static boolean isSubjectPronoun(String word) {
        return NB_SUBJECT_PRONOUNS.contains(bare(word).toLowerCase(Locale.ROOT));
    }

    /** True when the note opens with this pronoun as its subject: "de når ikke målet", not "de største kundene". */
    boolean opensWithSubject(String note, String pronoun) {
        List<String> words = words(note);
        return !words.isEmpty() && words.get(0).equals(pronoun) && finiteVerbIndex(note) == 1;
    }

    /** The note as a sentence of its own. */
    String sentence(String note) {
        return Texts.sentence(note, language.locale());
    }

    private int finiteVerbIndex(String note) {
        List<String> words = words(note);
        int limit = Math.min(words.size(), 7);
        for (int i = 1; i < limit; i++) {
            String word = words.get(i);
            String before = words.get(i - 1);
            if (RELATIVES.contains(before) || RELATIVES.contains(word)) {
                return -1;
            }
            // "Hans Petter anbefaler": a bokmål verb inside a sentence has no capital, a name in -er has
            boolean name = language == Language.NB && isCapitalisedInside(note, i);
            if (!name && (language == Language.NB ? isNorwegianVerb(words, i) : isEnglishVerb(i, words, note))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCapitalisedInside(String note, int index) {
        String[] typed = Texts.clause(note).split(" ");
        String word = index < typed.length ? bare(typed[index]) : "";
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isNorwegianVerb(List<String> words, int index) {
        String word = words.get(index);
        String before = words.get(index - 1);
        // "de" is also the plural article ("de store kundene"), so after a pronoun the word's form decides
        if (index == 1 && NB_SUBJECT_PRONOUNS.contains(before)) {
            return NB_FINITE.contains(word) || word.endsWith("r") && !NorwegianErNouns.is(word)
                    && !NB_NOT_BEFORE_VERB.contains(word);
        }
        if (NB_FINITE.contains(word)) {
            return !NB_NOT_BEFORE_VERB.contains(before);
        }
        boolean presentOrPassive = word.length() > 4 && (word.endsWith("er") || word.endsWith("es"))
                && !NorwegianErNouns.is(word) && !word.contains("-");
        return presentOrPassive && !NB_NOT_BEFORE_VERB.contains(before);
    }

    private boolean isEnglishVerb(int index, List<String> words, String note) {
        String word = words.get(index);
        if (EN_FINITE.contains(word)) {
            return true;
        }
        boolean inflected = word.length() > 3 && (word.endsWith("s") || word.endsWith("ed"))
                && !word.endsWith("ss") && !word.endsWith("'s");
        boolean subjectFirst = EN_DETERMINERS.contains(words.get(0)) || isName(words.get(0));
        // a subject of up to four words after its determiner: "the new Warrington depot opens in April" (a tester's
        // consequence the checklist called verbless); a name of several words is one of them ("the new Trafford
        // Park warehouse opens …"), since its parts cannot be the verb
        int limit = EN_DETERMINERS.contains(words.get(0)) ? 4 : 3;
        return inflected && subjectFirst && index - namePartsBefore(note, index) <= limit
                && !EN_NOT_BEFORE_VERB.contains(words.get(index - 1));
    }

    /**
     * How many words before {@code index} (the first aside) carry on a capitalised name of several words: one for
     * "Trafford Park", two for "Salford Quays Business". A word in capitals ("CRM") is an acronym, not a name part.
     */
    private static int namePartsBefore(String note, int index) {
        String[] typed = Texts.clause(note).split(" ");
        int carried = 0;
        for (int i = 2; i < index && i < typed.length; i++) {
            if (isNamePart(bare(typed[i])) && isNamePart(bare(typed[i - 1]))) {
                carried++;
            }
        }
        return carried;
    }

    private static boolean isNamePart(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    private boolean isName(String lowerCaseWord) {
        return names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(lowerCaseWord));
    }

    private boolean keepsCapital(String word) {
        String bare = bare(word);
        // "Martes referansesjekk", "Tom's checks": a name's possessive is the name (a tester's "martes")
        if (bare.isEmpty() || names.contains(bare) || names.contains(possessor(bare))) {
            return true;
        }
        long capitals = bare.codePoints().filter(Character::isUpperCase).count();
        boolean acronymOrCamel = capitals > 1 || bare.codePoints().anyMatch(Character::isDigit);
        boolean pronounI = language == Language.EN && (bare.equals("I") || bare.startsWith("I'"));
        return acronymOrCamel || pronounI || !Character.isUpperCase(bare.codePointAt(0));
    }

    /** "Martes" → "Marte", "Tom's" → "Tom", "Hans'" → "Hans"; another word as it is. */
    private static String possessor(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") || word.endsWith("'") || word.endsWith("’") ? word.substring(0, word.length() - 1)
                : word;
    }

    /** A note is read several times per letter (clause? phrase? its verb?): its words are worked out once. */
    List<String> words(String note) {
        return wordsOf.computeIfAbsent(note, NoteText::wordsIn);
    }

    private static List<String> wordsIn(String note) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return List.of();
        }
        return Arrays.stream(clean.split(" ")).map(w -> bare(w).toLowerCase(Locale.ROOT)).toList();
    }

    static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1)) && word.charAt(end - 1) != '\'') {
            end--;
        }
        return word.substring(start, end);
    }

    private static int firstWordEnd(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text.length() : space;
    }
}
