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

    private static String english(String text, Term... terms) {
        return TermReplacer.of(List.of(terms), Locale.UK).apply(text);
    }

    @Test
    void everyFormOfANorwegianNounBecomesTheSameFormOfTheirs() {
        Term term = Term.of("kunder", "klienter");
        assertThat(replace("klient, klienten, klienter, klientene, klientens, klientenes", term))
                .isEqualTo("kunde, kunden, kunder, kundene, kundens, kundenes");
    }

    @Test
    void compoundsKeepTheirTailAndCapitals() {
        Term term = Term.of("kunder", "klienter");
        assertThat(replace("Klientbasen og klientmøte. KLIENTER og KLIENTBASEN.", term))
                .isEqualTo("Kundebasen og kundemøte. KUNDER og KUNDEBASEN.");
    }

    @Test
    void aWordThatOnlyStartsLikeTheAvoidedOneIsADifferentWord() {
        assertThat(replace("klientell", Term.of("kunder", "klienter"))).isEqualTo("klientell");
        assertThat(replace("lønnsom, lønnsomhet og lønnsomt", Term.of("gasje", "lønn")))
                .isEqualTo("lønnsom, lønnsomhet og lønnsomt");
    }

    @Test
    void theirWordsAlreadyThereAreNotInflectedTwice() {
        assertThat(replace("kundene og kundebasen", Term.of("kunder", "klienter"))).isEqualTo("kundene og kundebasen");
        assertThat(replace("klientene", Term.of("kundene", "klient"))).isEqualTo("kundene");
    }

    @Test
    void englishPluralsAndPossessivesKeepTheirForm() {
        Term term = Term.of("customer", "client");
        assertThat(english("client, clients, client's, clients', Clients, CLIENT'S", term))
                .isEqualTo("customer, customers, customer's, customers', Customers, CUSTOMER'S");
    }

    @Test
    void keepsACapitalFirstLetterAndAllCapitals() {
        Term term = Term.of("partnere", "kunder");
        assertThat(replace("Kunder først. Store kunder. KUNDER!", term))
                .isEqualTo("Partnere først. Store partnere. PARTNERE!");
    }

    @Test
    void anAcronymsCapitalsGiveNoCapitalsToTheirWord() {
        assertThat(english("They go out to RFP in Q1. RFPs are slow.", Term.of("tender", "RFP")))
                .isEqualTo("They go out to tender in Q1. Tenders are slow.");
        assertThat(english("no QBRs with any customer", Term.of("business reviews", "QBRs")))
                .isEqualTo("no business reviews with any customer");
        assertThat(english("only 2 POs this year", Term.of("purchase orders", "POs")))
                .isEqualTo("only 2 purchase orders this year");
    }

    @Test
    void theirCapitalisationIsKeptInEveryForm() {
        Term term = Term.of("KAM-rollen", "stillingen");
        assertThat(replace("knyttet til stillingen: en stilling, flere stillinger", term))
                .isEqualTo("knyttet til KAM-rollen: en KAM-rolle, flere KAM-roller");
    }

    @Test
    void aPhraseOfTheirsThatCannotBeInflectedReplacesOnlyTheListedFormAndReportsTheRest() {
        TermReplacer replacer = TermReplacer.of(List.of(Term.of("de 40 største partnerne", "kundene")), NB);
        String text = "Vi ringer kundene, og hver kunde får svar.";
        assertThat(replacer.apply(text)).isEqualTo("Vi ringer de 40 største partnerne, og hver kunde får svar.");
        assertThat(replacer.avoidedForms(replacer.apply(text)))
                .containsExactly(new AvoidedForm("kunde", "de 40 største partnerne", false));
    }

    @Test
    void phrasesMatchAcrossAnyWhitespaceAndTheLongestWins() {
        Term phrase = Term.of("the pipeline", "the sales funnel");
        Term word = Term.of("pipeline", "funnel");
        assertThat(english("The sales\nfunnel and the funnels", word, phrase))
                .isEqualTo("The pipeline and the pipelines");
        TermReplacer keyAccount = TermReplacer.of(List.of(Term.of("nøkkelkunde", "key account")), NB);
        String replaced = keyAccount.apply("en key account, flere key accounter, våre key accounts");
        assertThat(replaced).as("a borrowed noun's plural is a guess in bokmål: named, not replaced")
                .isEqualTo("en nøkkelkunde, flere key accounter, våre key accounts");
        assertThat(keyAccount.avoidedForms(replaced)).containsExactly(
                new AvoidedForm("key accounter", "nøkkelkunde", false),
                new AvoidedForm("key accounts", "nøkkelkunde", false));
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
        // the full-size style run found "| tar den endelige beslutningen" cleaned to " tar den …"
        assertThat(replace("Partnere tar beslutningen.", Term.of("|", "Partnere"), Term.of(" – ", "partnere")))
                .isEqualTo("Partnere tar beslutningen.");
        assertThat(TermReplacer.of(List.of(Term.of("partnere", "kunder")), NB).findAvoided("Kunder og kunder"))
                .containsExactly("Kunder", "kunder");
    }

    @Test
    void anAvoidedWordAtTheEndOfACompoundIsLeftAndNamedNeverHidden() {
        TermReplacer replacer = TermReplacer.of(List.of(Term.of("kunder", "klienter")), NB);
        String text = "Vi mister nøkkelklientene våre.";
        assertThat(replacer.apply(text)).isEqualTo(text);
        assertThat(replacer.avoidedForms(text)).singleElement()
                .satisfies(form -> {
                    assertThat(form.found()).isEqualTo("nøkkelklientene");
                    assertThat(form.replaceable()).isFalse();
                });
        assertThat(replacer.avoidedForms("Vi har klientell og kundene.")).isEmpty();
    }

    @Test
    void anAdjectiveUsedAsANounTakesNoNounEndings() {
        Term term = Term.of("innkjøpsansvarlige", "innkjøpssjefer", "innkjøpssjefene");
        // the indefinite plural is the word itself; the definite one needs "de" in front, so it stays for check
        assertThat(replace("to innkjøpssjefer og innkjøpssjefene i kjedene", term))
                .isEqualTo("to innkjøpsansvarlige og innkjøpssjefene i kjedene");
        assertThat(replace("mange selgere", Term.of("reisende", "selgere"))).isEqualTo("mange reisende");
        assertThat(replace("to sjefer", Term.of("ansvarlig", "sjef"))).isEqualTo("to ansvarlige");
    }

    @Test
    void noFormOfAnAdjectiveUsedAsANounIsANonWord() {
        Term term = Term.of("innkjøpsansvarlige", "innkjøpssjef");
        String replaced = replace("innkjøpssjef, innkjøpssjefen, innkjøpssjefer, innkjøpssjefene, innkjøpssjefmøtet",
                term);
        assertThat(replaced).doesNotContain("ansvarligen", "ansvarliger", "ansvarligene", "ansvarligmøte");
        assertThat(TermReplacer.of(List.of(term), NB).avoidedForms(replaced)).extracting(AvoidedForm::found)
                .contains("innkjøpssjefen", "innkjøpssjefene", "innkjøpssjefmøtet");
    }
}
