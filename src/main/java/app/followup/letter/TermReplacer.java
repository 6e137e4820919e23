package app.followup.letter;

import app.followup.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Puts the interviewer's words in place of the candidate's own, in every form: an avoided noun listed in any form
 * is found in all its inflections (klient, klienten, klienter, klientene; client, clients, client's), in bokmål as
 * the first part of a compound (Klientbasen), and in capitals, and becomes their word in the same form and case.
 * A form that cannot be worked out for certain stays as it is and is reported by {@link #avoidedForms}, so
 * {@code check} can name it. One pass, longest phrase first, so a replacement is never replaced again.
 */
public final class TermReplacer {
    /**
     * The replacer last made, which is immutable: the window composes the same notes' letter at every keystroke
     * (and checks it), and making one works out every form of every avoided word again.
     */
    private static final AtomicReference<Made> LAST = new AtomicReference<>();
    /** "RFP", "QBRs", "POs": an avoided word listed in capitals because it is an acronym. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+s?");
    private final List<AvoidedPhrase> phrases;
    /** Names of people and companies, which a term never changes: "Kunder" is someone's name, not their word. */
    private final List<String> names;

    private TermReplacer(List<AvoidedPhrase> phrases, List<String> names) {
        this.phrases = phrases;
        this.names = names;
    }

    /** This replacer, leaving every whole occurrence of these names as written. */
    public TermReplacer keeping(List<String> properNames) {
        List<String> kept = properNames.stream().map(Texts::inline).filter(name -> name != null).distinct().toList();
        return kept.equals(names) ? this : new TermReplacer(phrases, kept);
    }

    public static TermReplacer of(List<Term> terms, Locale locale) {
        Made last = LAST.get();
        if (last != null && last.locale().equals(locale) && last.terms().equals(terms)) {
            return last.replacer();
        }
        List<Term> key = List.copyOf(terms);
        TermReplacer made = make(key, locale);
        LAST.set(new Made(key, locale, made));
        return made;
    }

    private static TermReplacer make(List<Term> terms, Locale locale) {
        NounMorphology morphology = NounMorphology.of(locale);
        List<AvoidedPhrase> phrases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Term term : terms) {
            String theirs = Texts.inline(term.theirs());
            // a word of theirs with no letter or digit ("|") would leave a hole where the avoided word stood
            if (Texts.clause(theirs) == null) {
                continue;
            }
            TheirWord their = new TheirWord(theirs, morphology);
            for (String word : term.avoid()) {
                String avoid = Texts.inline(word);
                if (avoid == null || CaseFolding.fold(avoid).equals(CaseFolding.fold(theirs))) {
                    continue;
                }
                List<List<String>> parts = Words.ofPhrase(avoid);
                if (parts.get(0).isEmpty()) {
                    continue;
                }
                AvoidedPhrase phrase = new AvoidedPhrase(parts.get(0), parts.get(1), their, morphology, locale,
                        ACRONYM.matcher(avoid).matches());
                if (seen.add(phrase.key())) {
                    phrases.add(phrase);
                }
            }
        }
        phrases.sort(Comparator.comparingInt(AvoidedPhrase::wordCount).reversed()
                .thenComparing(Comparator.comparingInt(AvoidedPhrase::length).reversed()));
        return new TermReplacer(List.copyOf(phrases), List.of());
    }

    /** The text with every avoided form that can be worked out for certain replaced by theirs. */
    public String apply(String text) {
        if (phrases.isEmpty() || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (TermHit hit : hits(text)) {
            if (hit.replacement() != null) {
                out.append(text, copied, hit.start()).append(hit.replacement());
                copied = hit.end();
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether a text uses one of the interviewer's words in any form or case ("innkjøperne", "Innkjøper" for
     * "innkjøpere"), also as the last part of a compound ("kommuneinnkjøperne"); a phrase of theirs ("deal review")
     * counts as written, in any case.
     */
    public static boolean usesTheirWords(List<Term> terms, Locale locale, String text) {
        if (text == null) {
            return false;
        }
        NounMorphology morphology = NounMorphology.of(locale);
        String folded = CaseFolding.fold(text);
        Words words = new Words(text);
        for (Term term : terms) {
            String theirs = Texts.inline(term.theirs());
            if (theirs == null) {
                continue;
            }
            if (folded.contains(CaseFolding.fold(theirs))) {
                return true;
            }
            TheirWord their = new TheirWord(theirs, morphology);
            for (int i = 0; i < words.count(); i++) {
                String word = words.folded(i);
                for (int from = 0; from < word.length() - 2; from++) {
                    if (their.isFormOf(word.substring(from))) {
                        return true;
                    }
                    if (!morphology.closedCompounds()) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Every form of an avoided word in a text, as written there: for a letter the user wrote themselves. */
    public List<String> findAvoided(String text) {
        return avoidedForms(text).stream().map(AvoidedForm::found).toList();
    }

    /**
     * Every form of an avoided word in a text, with their word for it and whether {@link #apply} would replace it.
     * In a letter written from the notes, what is left is what the replacement could not do for certain.
     */
    public List<AvoidedForm> avoidedForms(String text) {
        if (phrases.isEmpty() || text == null) {
            return List.of();
        }
        return hits(text).stream().map(TermHit::asForm).toList();
    }

    private List<TermHit> hits(String text) {
        Words words = new Words(text);
        List<TermHit> hits = new ArrayList<>();
        int i = 0;
        while (i < words.count()) {
            TermHit hit = firstMatch(text, words, i);
            if (hit == null) {
                hit = compoundTail(words, i);
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (!inName(text, hit)) {
                hits.add(hit);
            }
            while (i < words.count() && words.start(i) < hit.end()) {
                i++;
            }
        }
        return hits;
    }

    private boolean inName(String text, TermHit hit) {
        for (String name : names) {
            int from = Math.max(0, hit.start() - name.length() + 1);
            for (int at = text.indexOf(name, from); at >= 0 && at < hit.end(); at = text.indexOf(name, at + 1)) {
                if (at + name.length() > hit.start() && standsAlone(text, at, at + name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start)))
                && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
    }

    private TermHit compoundTail(Words words, int i) {
        for (AvoidedPhrase phrase : phrases) {
            TermHit hit = phrase.tailAt(words, i);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private TermHit firstMatch(String text, Words words, int i) {
        String word = words.folded(i);
        for (AvoidedPhrase phrase : phrases) {
            if (!phrase.mayStartWith(word)) {
                continue;
            }
            TermHit hit = phrase.matchAt(text, words, i);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private record Made(List<Term> terms, Locale locale, TermReplacer replacer) {
    }
}
