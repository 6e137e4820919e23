package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Term;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Their word in the form the text had: real bokmål nouns of each gender and inflection class, listed in any of
 * their forms, and English plurals and possessives. What cannot be known for certain is left and named.
 */
class NounFormsTest {
    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private static TermReplacer nb(String theirs, String avoid) {
        return TermReplacer.of(List.of(Term.of(theirs, avoid)), NB);
    }

    /** The same text with each avoided form, listed in whichever form, replaced by the same form of theirs. */
    @ParameterizedTest
    @ValueSource(strings = {"bil", "bilen", "biler", "bilene"})
    void masculineListedInAnyForm(String listed) {
        assertThat(nb("sykler", listed).apply("en bil, bilen, to biler, bilene, bilens"))
                .isEqualTo("en sykkel, sykkelen, to sykler, syklene, sykkelens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jente", "jenta", "jenten", "jenter", "jentene"})
    void feminineWithEitherDefiniteSpelling(String listed) {
        assertThat(nb("kvinner", listed).apply("ei jente, jenta, jenten, jenter, jentene"))
                .isEqualTo("ei kvinne, kvinnen, kvinnen, kvinner, kvinnene");
    }

    @Test
    void theirDefiniteSpellingIsTheOneTheyListed() {
        assertThat(nb("kvinna", "jente").apply("jenten og jentene")).isEqualTo("kvinna og kvinnene");
    }

    @ParameterizedTest
    @ValueSource(strings = {"produkt", "produktet", "produkter", "produktene"})
    void neuterListedInAnyForm(String listed) {
        assertThat(nb("kontorer", listed).apply("et produkt, produktet, produkter, produktene"))
                .isEqualTo("et kontor, kontoret, kontorer, kontorene");
    }

    @Test
    void aSingularAfterAWordOfAnotherGenderIsNamedNotReplaced() {
        TermReplacer replacer = nb("tjenester", "produkt");
        String replaced = replacer.apply("Et produkt, produktet og produkter. Hvert produkt.");
        assertThat(replaced).isEqualTo("Et produkt, tjenesten og tjenester. Hvert produkt.");
        assertThat(replacer.avoidedForms(replaced)).extracting(AvoidedForm::found)
                .containsExactly("produkt", "produkt");
        assertThat(nb("kontorer", "produkt").apply("et produkt")).as("the same gender").isEqualTo("et kontor");
    }

    @Test
    void aNeuterWhosePluralIsItsSingularIsLeftWhereTheirFormsDiffer() {
        TermReplacer replacer = nb("kontor", "huset");
        String replaced = replacer.apply("Huset er stort, og husene er nye, men to hus er for lite.");
        assertThat(replaced).isEqualTo("Kontoret er stort, og kontorene er nye, men to hus er for lite.");
        assertThat(replacer.avoidedForms(replaced)).containsExactly(new AvoidedForm("hus", "kontor", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lærer", "læreren", "lærere", "lærerne"})
    void nounsInErListedInAnyForm(String listed) {
        assertThat(nb("rådgiver", listed).apply("lærer, læreren, lærere, lærerne, lærernes"))
                .isEqualTo("rådgiver, rådgiveren, rådgivere, rådgiverne, rådgivernes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sykkel", "sykkelen", "sykler", "syklene"})
    void contractedPlurals(String listed) {
        assertThat(nb("biler", listed).apply("sykkel, sykkelen, sykler, syklene"))
                .isEqualTo("bil, bilen, biler, bilene");
    }

    @Test
    void irregularPluralsFromTheListOfThem() {
        assertThat(nb("kvinne", "mann").apply("en mann, mannen, menn, mennene"))
                .isEqualTo("en kvinne, kvinnen, kvinner, kvinnene");
    }

    @Test
    void compoundsInflectLikeTheirLastPart() {
        assertThat(nb("nøkkelkunder", "storklient").apply("storklienten og storklientene"))
                .isEqualTo("nøkkelkunden og nøkkelkundene");
        assertThat(nb("KAM-rollen", "stillingen").apply("Stillingen, stillinger, STILLINGENE"))
                .isEqualTo("KAM-rollen, KAM-roller, KAM-ROLLENE");
    }

    @Test
    void anAcronymOrAWordWithPunctuationIsWrittenOnlyAsGiven() {
        TermReplacer replacer = nb("KAM", "stillingen");
        assertThat(replacer.apply("stillingen og stillingene")).isEqualTo("KAM og stillingene");
        assertThat(nb("partner.", "kunde").apply("kunden og kunde")).isEqualTo("kunden og partner.");
    }

    @Test
    void theAvoidedWordAsTheFirstPartOfACompound() {
        TermReplacer replacer = nb("kunder", "klienter");
        assertThat(replacer.apply("Klientbasen, klientmøtet, klientavtalene, KLIENTLISTEN og Klient-portalen"))
                .isEqualTo("Kundebasen, kundemøtet, kundeavtalene, KUNDELISTEN og Kunde-portalen");
    }

    @Test
    void aCompoundWithALinkingLetterIsNamedNotReplaced() {
        TermReplacer replacer = nb("gasje", "lønn");
        assertThat(replacer.apply("lønnsmodulen")).isEqualTo("lønnsmodulen");
        assertThat(replacer.findAvoided("lønnsmodulen")).containsExactly("lønnsmodulen");
    }

    @Test
    void wordsThatOnlyStartAlikeAreNotCompounds() {
        TermReplacer lonn = nb("gasje", "lønn");
        String text = "lønnsom, lønnsomhet, lønnsomt og Lønnsomt Regnskap AS";
        assertThat(lonn.apply(text)).isEqualTo(text);
        assertThat(lonn.findAvoided(text)).isEmpty();
        TermReplacer klient = nb("kunder", "klienter");
        assertThat(klient.findAvoided("klientell og klientellet")).isEmpty();
        assertThat(nb("partnere", "kunde").findAvoided("kundevennlig")).as("an adjective").isEmpty();
        assertThat(nb("bygg", "hus").findAvoided("jeg husker det")).as("a short word inside a verb").isEmpty();
        assertThat(nb("rådgiver", "selger").findAvoided("å selge og selgeren")).containsExactly("selgeren");
        assertThat(nb("sparebank", "bank").findAvoided("Han banka på, og banken svarte"))
                .as("a masculine noun has no -a form; banka is a verb").containsExactly("banken");
    }

    @Test
    void theirFormsAreNotInflectedAgain() {
        assertThat(nb("kundene", "klienter").apply("klientene og kundene")).isEqualTo("kundene og kundene");
        assertThat(nb("kunder", "klienter").apply("kundebasen")).isEqualTo("kundebasen");
    }

    @Test
    void anUnknownNounReplacesOnlyWhatAllItsReadingsAgreeOnAndNamesTheRest() {
        TermReplacer replacer = nb("kunder", "vogner");
        String replaced = replacer.apply("vogner, vognene, vogna");
        assertThat(replaced).isEqualTo("kunder, vognene, vogna");
        assertThat(replacer.avoidedForms(replaced)).extracting(AvoidedForm::found).containsExactly("vognene", "vogna");
    }

    @Test
    void theirUnknownNounIsWrittenOnlyInTheFormsItsReadingsAgreeOn() {
        TermReplacer replacer = nb("vognen", "kunde");
        String replaced = replacer.apply("kunden, kunder, kundene, kunde");
        assertThat(replaced).as("vogn or vogne: the singular is a guess")
                .isEqualTo("vognen, vogner, vognene, kunde");
        assertThat(replacer.avoidedForms(replaced)).containsExactly(new AvoidedForm("kunde", "vognen", false));
    }

    @Test
    void englishPluralsIrregularPluralsAndPossessives() {
        TermReplacer replacer = TermReplacer.of(List.of(Term.of("customer", "person"),
                Term.of("logos", "clients"), Term.of("pipeline", "funnel")), Locale.UK);
        assertThat(replacer.apply("a person, people, the person's and people's needs"))
                .isEqualTo("a customer, customers, the customer's and customers' needs");
        assertThat(replacer.apply("Clients, a client, the client’s and the clients’ funnels"))
                .isEqualTo("Logos, a logo, the logo’s and the logos’ pipelines");
    }

    @Test
    void englishSingularsEndingInS() {
        TermReplacer replacer = TermReplacer.of(List.of(Term.of("company", "business")), Locale.UK);
        assertThat(replacer.apply("one business, two businesses, the business's"))
                .isEqualTo("one company, two companies, the company's");
    }
}
