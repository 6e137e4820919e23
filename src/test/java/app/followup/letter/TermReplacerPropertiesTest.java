package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Case mappings that change a string's length (İ, ß, ς, ﬁ, ǅ) never crash the replacement or shift text, and no
 * avoided word is left in a letter without {@code check} being able to name it.
 */
class TermReplacerPropertiesTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");
    private static final String LETTERS = "aeiklnrstuøåæİıßẞſςσΣﬁﬂǅ\u0307KLIENT";
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("nb-NO"), Locale.UK,
            Locale.forLanguageTag("tr-TR"));
    private static final List<String> SEPARATORS = List.of(" ", "\n", ", ", "-", "'", "’s ", ". ", "  ");

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> avoided = words().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<String> theirs = words().list().ofMinSize(1).ofMaxSize(2).map(w -> String.join(" ", w));
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(25);
        return Combinators.combine(avoided, theirs, picks, words().list().ofMaxSize(5), Arbitraries.of(LOCALES))
                .as(TermReplacerPropertiesTest::aCase);
    }

    /** A text made of the avoided words in upper, lower and original case, and other words. */
    private static Case aCase(List<String> avoided, String theirs, List<Integer> picks, List<String> others,
                              Locale locale) {
        StringBuilder text = new StringBuilder();
        for (int pick : picks) {
            String word = pick % 3 == 0 && !others.isEmpty() ? others.get(pick % others.size())
                    : avoided.get(pick % avoided.size());
            word = switch (pick % 4) {
                case 1 -> word.toUpperCase(locale);
                case 2 -> word.toLowerCase(locale);
                default -> word;
            };
            text.append(word).append(SEPARATORS.get(pick % SEPARATORS.size()));
        }
        return new Case(new Term(theirs, avoided, null), text.toString(), locale);
    }

    @Property(tries = 200)
    void replacementNeverThrowsAndLeavesNoListedFormUnnamed(@ForAll("cases") Case c) {
        TermReplacer replacer = TermReplacer.of(List.of(c.term()), c.locale());
        String out = replacer.apply(c.text());
        Set<String> named = replacer.avoidedForms(out).stream()
                .flatMap(form -> tokens(form.found()).stream()).map(CaseFolding::fold).collect(Collectors.toSet());
        String theirs = CaseFolding.fold(c.term().theirs());
        for (String avoid : c.term().avoid()) {
            List<String> avoidWords = tokens(avoid);
            // a word of theirs with no letter or digit is no term at all: nothing is replaced or named
            if (avoidWords.size() != 1 || CaseFolding.fold(avoid).equals(theirs)
                    || Texts.clause(c.term().theirs()) == null) {
                continue;
            }
            String listed = CaseFolding.fold(avoidWords.get(0));
            for (String token : tokens(out)) {
                if (CaseFolding.fold(token).equals(listed)) {
                    assertThat(named).as("'%s' left in %s unnamed", token, out).contains(listed);
                }
            }
        }
    }

    @Property(tries = 150)
    void textOutsideTheReplacedWordsIsKeptInPlace(@ForAll("cases") Case c) {
        TermReplacer replacer = TermReplacer.of(List.of(c.term()), c.locale());
        String out = replacer.apply(c.text());
        assertThat(replacer.avoidedForms(c.text())).allSatisfy(form -> assertThat(c.text()).contains(form.found()));
        String separatorsBefore = WORD.matcher(c.text()).replaceAll("");
        String separatorsAfter = WORD.matcher(out).replaceAll("");
        assertThat(separatorsAfter.replaceAll("[\\s'’-]", ""))
                .as("punctuation between words is neither lost nor moved")
                .isEqualTo(separatorsBefore.replaceAll("[\\s'’-]", ""));
    }

    @Property(tries = 200)
    void phrasesAndWordsOfAnyCharactersNeverThrow(@ForAll("cases") Case c, @ForAll String anything) {
        Term phrase = new Term(anything, List.of(anything, c.text()), null);
        TermReplacer replacer = TermReplacer.of(List.of(phrase, c.term()), c.locale());
        replacer.apply(c.text() + anything);
        replacer.avoidedForms(anything + c.text());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    record Case(Term term, String text, Locale locale) {
    }
}
