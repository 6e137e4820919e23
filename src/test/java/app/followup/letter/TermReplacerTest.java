package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Term;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermReplacerTest {
    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private static String replace(String text, Term... terms) {
        return TermReplacer.of(List.of(terms), NB).apply(text);
    }

    @Test
    void replacesWholeWordsOnlySoInflectedFormsAreLeftAlone() {
        Term term = Term.of("partner", "kunde");
        assertThat(replace("En kunde, kunden og kundene.", term)).isEqualTo("En partner, kunden og kundene.");
    }

    @Test
    void everyInflectedFormTheUserListsIsReplaced() {
        Term term = Term.of("partnerne", "kundene", "klientene");
        assertThat(replace("Kundene og klientene våre", term)).isEqualTo("Partnerne og partnerne våre");
    }

    @Test
    void keepsACapitalFirstLetterAndAllCapitals() {
        Term term = Term.of("partnere", "kunder");
        assertThat(replace("Kunder først. Store kunder. KUNDER!", term))
                .isEqualTo("Partnere først. Store partnere. PARTNERE!");
    }

    @Test
    void theirCapitalisationIsKeptWhenTheAvoidedWordWasLowerCase() {
        assertThat(replace("knyttet til stillingen:", Term.of("KAM-rollen", "stillingen")))
                .isEqualTo("knyttet til KAM-rollen:");
    }

    @Test
    void phrasesMatchAcrossAnyWhitespaceAndTheLongestWins() {
        Term phrase = Term.of("the pipeline", "the sales funnel");
        Term word = Term.of("pipeline", "funnel");
        assertThat(TermReplacer.of(List.of(word, phrase), Locale.UK).apply("The sales\nfunnel and the funnel"))
                .isEqualTo("The pipeline and the pipeline");
    }

    @Test
    void aReplacementIsNeverReplacedAgain() {
        assertThat(replace("kunder og partnere", Term.of("partnere", "kunder"), Term.of("forhandlere", "partnere")))
                .isEqualTo("partnere og forhandlere");
    }

    @Test
    void emailAddressesAreNotTouched() {
        assertThat(replace("Skriv til kunder@firma.no om kunder.", Term.of("partnere", "kunder")))
                .isEqualTo("Skriv til kunder@firma.no om partnere.");
    }

    @Test
    void emptyAndSelfReferencingTermsChangeNothing() {
        assertThat(replace("kunder", Term.of("", "kunder"), Term.of("kunder", "Kunder"), new Term(null, null, null)))
                .isEqualTo("kunder");
        assertThat(TermReplacer.of(List.of(Term.of("partnere", "kunder")), NB).findAvoided("Kunder og kunder"))
                .containsExactly("Kunder", "kunder");
    }
}
