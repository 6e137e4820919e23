package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The style guide's salary rules, sentence by sentence: what is talk of pay, and what only looks like it. */
class SalaryMentionsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Lønnsforventning 750 000 er utgangspunktet.        | Lønnsforventning 750 000",
        "Min lønnsforventning: 750 000 kr.                  | lønnsforventning: 750 000 kr",
        "OTE 1.2M, as we discussed.                         | OTE 1.2M",
        "I can share my salary expectation next week.       | salary",
        "Stillingen har fastlønn og provisjon.              | fastlønn",
        "Jeg ønsker en høyere provisjon enn i dag.          | provisjon",
        "Lønnskravet mitt er 850 000.                       | Lønnskravet",
        "Lønnsnivået hos dere passer meg.                   | Lønnsnivået",
        "Jeg forventer en lønn på nivå med markedet.        | lønn",
        "Grunnlønnen er viktig for meg.                     | Grunnlønnen",
        "Bonusen bør henge sammen med marginen.             | Bonusen",
        "En salgsbonus på 20 % er vanlig.                   | salgsbonus på 20",
        "My base pay matters less than the bonus.           | pay",
        "We did not discuss the pay range yet.              | pay",
        "The compensation package looks fair.               | compensation",
        "My on-target earnings were £140k last year.        | earnings",
        "I expect £85,000 base.                             | £85,000 base",
        "Around 90k base plus commission.                   | 90k base",
        "Jeg har ikke nevnt gasjen.                         | gasjen",
        "The wages in the team are fair.                    | wages"
    })
    void wordsAboutPayAreSalary(String sentence, String found) {
        assertThat(SalaryMentions.first(sentence)).contains(found);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Lønnsomheten i proffsalget har falt i to år.",
        "Målet er at hver kunde blir lønnsom.",
        "Det må bli lønnsomt å selge til kjedene.",
        "Lønnsomhet før volum, sa du.",
        "Dere er i gang med å selge lønnsmodulen til nye kunder.",
        "Lønnsmodul og regnskap i én pakke.",
        "Jeg har solgt lønnssystemer i seks år.",
        "Lønnsomt Regnskap AS har vokst raskt.",
        "Firmaet ble grunnlagt i 2000.",
        "Dere har 12 000 kunder i Norden.",
        "Ring meg på 915 22 480 eller +47 915 22 480.",
        "Jeg økte omsetningen med 850 000 kr på ett år.",
        "Rundt 900 000 NOK i ny omsetning.",
        "Det lønner seg å ta tak i de største kundene først.",
        "Det har lønnet seg for oss før.",
        "Belønningen for kundene er bedre service.",
        "Som en ekstra bonus kjenner jeg innkjøpssjefen.",
        "As an added bonus, I know the buyer.",
        "As a bonus, the pilot is already signed.",
        "Kundebonusen styrer kjøpet i kjedene.",
        "Please pay attention to the 90-day plan.",
        "It will pay off within a year.",
        "We will pay for the pilot ourselves.",
        "Partnerne betaler oss 40 % av omsetningen.",
        "De 40 største partnerne.",
        "Vi ses 1. desember 2026.",
        "A customer base of 12 000 accounts.",
        "Earnings grew by 12 % last year."
    })
    void wordsThatOnlyLookLikePayAreNot(String sentence) {
        assertThat(SalaryMentions.first(sentence)).isEmpty();
    }
}
