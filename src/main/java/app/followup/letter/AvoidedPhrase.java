package app.followup.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One avoided word or phrase and the interviewer's word for it: finds it at a word of a text in any form its last
 * word can take, and says what to write there, or that the form must be left for {@code check}.
 */
final class AvoidedPhrase {
    private final List<String> words;
    private final List<String> separators;
    private final NounParadigm last;
    private final List<String> stems;
    private final TheirWord theirs;
    private final NounMorphology morphology;
    private final Locale locale;
    /** Listed in capitals as an acronym ("RFP"): its capitals are the acronym's, not the sentence's. */
    private final boolean acronym;

    AvoidedPhrase(List<String> words, List<String> separators, TheirWord theirs, NounMorphology morphology,
                  Locale locale, boolean acronym) {
        this.acronym = acronym;
        this.words = words;
        this.separators = separators;
        this.last = morphology.paradigm(words.get(words.size() - 1));
        this.stems = List.copyOf(last.stems());
        this.theirs = theirs;
        this.morphology = morphology;
        this.locale = locale;
    }

    int wordCount() {
        return words.size();
    }

    int length() {
        return String.join(" ", words).length();
    }

    String key() {
        return String.join(" ", words);
    }

    /**
     * A quick test that lets most words of a text pass without a closer look: could the phrase start with this
     * folded word (its first word, or a form, genitive or compound of its only word)?
     */
    boolean mayStartWith(String word) {
        if (words.size() > 1) {
            return word.equals(words.get(0));
        }
        if (last.isAnyForm(word) || word.endsWith("s") && last.isAnyForm(word.substring(0, word.length() - 1))) {
            return true;
        }
        if (morphology.closedCompounds()) {
            for (String stem : stems) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The avoided phrase starting at word {@code first} of the text, or null. */
    TermHit matchAt(String text, Words found, int first) {
        int n = words.size();
        if (first + n > found.count()) {
            return null;
        }
        for (int k = 0; k < n - 1; k++) {
            if (!found.folded(first + k).equals(words.get(k))
                    || !found.separator(first + k).equals(separators.get(k))) {
                return null;
            }
        }
        int at = first + n - 1;
        String word = found.folded(at);
        // Their own word in another form is left alone, unless the user listed exactly this form to avoid.
        if (n == 1 && !word.equals(last.listed()) && theirs.isFormOf(word)) {
            return null;
        }
        // "AE-ene selger til IT": the verb spelled as the avoided noun "selger" is no seller; the form the user
        // listed is always named, as above
        if (n == 1 && !word.equals(last.listed()) && PresentTenseReading.isVerb(found, at, locale)) {
            return null;
        }
        int start = found.start(first);
        int end = found.end(at);
        NounParadigm.Recognition recognition = last.recognise(word);
        boolean genitive = false;
        if (!recognition.found() && morphology.closedCompounds() && word.endsWith("s") && word.length() > 2) {
            String base = word.substring(0, word.length() - 1);
            recognition = last.recognise(base);
            genitive = recognition.found() && !base.endsWith("s") && !base.endsWith("x") && !base.endsWith("z");
            if (!genitive) {
                recognition = NounParadigm.Recognition.NONE;
            }
        }
        if (!recognition.found()) {
            return n == 1 && morphology.closedCompounds() ? compound(text, found, at) : null;
        }
        String apostrophe = possessive(text, end, word);
        if (apostrophe != null) {
            genitive = true;
            end += apostrophe.length();
        }
        String original = text.substring(start, end);
        String form = recognition.certain() ? theirs.form(recognition.slots()) : null;
        boolean exact = word.equals(last.listed()) && !genitive;
        if (form != null && recognition.slots().contains(NounSlot.SINGULAR) && !theirs.sameGender(last)
                && first > 0 && found.separator(first - 1).equals(" ")
                && morphology.agreesInGender(found.folded(first - 1))) {
            form = null;   // "et produkt" cannot become "et tjeneste"; the user rewords the article
        } else if (form == null && exact && (!theirs.inflects() || !recognition.certain())) {
            // The form listed, where no inflection can be worked out: their word as they wrote it, as asked.
            form = theirs.written();
        }
        if (form != null && genitive) {
            form = n > 1 || recognition.slots().size() != 1 ? null : withApostrophe(
                    morphology.genitive(form, recognition.slots().iterator().next()), apostrophe);
        }
        String suggestion = form != null ? form : theirs.written();
        String replacement = form == null ? null : acronym && words.size() == 1 ? inSentence(text, start, form)
                : CaseFolding.withCaseOf(original, form, locale);
        return new TermHit(start, end, original, replacement, suggestion);
    }

    /**
     * The avoided word as the last part of a compound ("nøkkelklienter"), reported and never replaced: which
     * form their word would take there is not certain, so {@code check} names it rather than the letter hiding it.
     */
    TermHit tailAt(Words found, int at) {
        if (words.size() != 1 || !morphology.closedCompounds()) {
            return null;
        }
        String word = found.folded(at);
        for (int split = 3; split <= word.length() - 4; split++) {
            if (last.isAnyFormFrom(word, split) && !endsInTheirs(word, split)) {
                return new TermHit(found.start(at), found.end(at), found.text(at), null, theirs.written());
            }
        }
        return null;
    }

    /**
     * Whether the word from {@code split} on lies inside a form of their own word at its end: avoid "kjøpere", theirs
     * "innkjøpere", and "innkjøperne" or "kommuneinnkjøper" is theirs, not the avoided word.
     */
    private boolean endsInTheirs(String word, int split) {
        for (int from = 0; from <= split; from++) {
            if (theirs.isFormOf(word.substring(from))) {
                return true;
            }
        }
        return false;
    }

    /** The avoided word as the first part of a compound ("Klientbasen"), or null. */
    private TermHit compound(String text, Words found, int at) {
        String word = found.folded(at);
        if (theirs.startsCompound(word)) {
            return null;
        }
        String original = found.text(at);
        for (String stem : stems) {
            if (!word.startsWith(stem) || word.length() == stem.length()) {
                continue;
            }
            CompoundTail.Kind kind = CompoundTail.of(stem, word.substring(stem.length()));
            if (kind == CompoundTail.Kind.NONE) {
                continue;
            }
            int split = CaseFolding.prefixLength(original, stem);
            String theirStem = theirs.compoundStem();
            boolean certain = kind == CompoundTail.Kind.PLAIN && split > 0
                    && stem.equals(last.certainForm(NounSlot.SINGULAR)) && theirStem != null;
            String replacement = certain ? CaseFolding.withCaseOf(original.substring(0, split), theirStem, locale)
                    + original.substring(split) : null;
            return new TermHit(found.start(at), found.end(at), original, replacement,
                    theirStem != null ? theirStem : theirs.written());
        }
        return null;
    }

    /**
     * Their word where an acronym stood: "go out to RFP" is "go out to tender", "no QBRs" is "no business reviews";
     * a capital only where a sentence starts.
     */
    private String inSentence(String text, int start, String form) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?\n".indexOf(text.charAt(before)) >= 0;
        return sentenceStart ? Texts.capitalise(form, locale) : form;
    }

    /** The English possessive after a word ("client's", "clients'"), or a bokmål genitive apostrophe ("hus'"). */
    private String possessive(String text, int end, String word) {
        if (end >= text.length() || "'’".indexOf(text.charAt(end)) < 0) {
            return null;
        }
        char apostrophe = text.charAt(end);
        boolean englishS = !morphology.closedCompounds() && end + 1 < text.length()
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S') && !Words.isWordChar(text, end + 2);
        if (englishS) {
            return text.substring(end, end + 2);
        }
        return word.endsWith("s") && !Words.isWordChar(text, end + 1) ? String.valueOf(apostrophe) : null;
    }

    private static String withApostrophe(String genitive, String found) {
        if (found == null || found.charAt(0) == '\'') {
            return genitive;
        }
        return genitive.replace('\'', found.charAt(0));
    }
}
