package app.followup.pasted;

import static app.followup.pasted.CardLetters.BRIGHTWAVE;
import static app.followup.pasted.CardLetters.FJORDKRAFT;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acceptance of the sorter: each trial card (docs/trials), pasted whole and sorted, gives a letter a native
 * salesperson would send as it stands, with the sentences the testers' hand-typed notes gave.
 */
class CardLettersTest {
    @Test
    void fjordkraftCardAReadsAsNorwegianWrittenByHand() {
        String letter = CardLetters.letter("kort-nb-a.txt", Language.NB, FJORDKRAFT);
        assertThat(letter)
                .contains("Dere vokser ikke i bedriftsmarkedet. De store kundene kjøper bare strøm, ikke tjenester.")
                .contains("Slik jeg forstår det, skyldes det at KAM-ene selger pris, ikke rådgivning, at det ikke "
                        + "finnes noen kontoplaner, og at CRM nesten ikke brukes.")
                .contains("Dere mistet to store kunder til en konkurrent i høst. Blir det ikke løst, faller marginen.")
                .contains("Dere så for dere en KAM som får de 30 største kundene til å kjøpe energirådgivning, og som "
                        + "de andre lærer av, med et mål om 10 nye tjenesteavtaler innen 12 måneder – det er den "
                        + "jobben jeg vil ha")
                .contains("Ingrid, du tar den endelige beslutningen etter at Hans Petter har gitt sin anbefaling og "
                        + "Marte har tatt referansene.")
                .contains("tor. 3. des. – 90-dagersplan sendt (meg)")
                .contains("Hans Petter, jeg ringer deg fredag 4. desember for å avtale gjennomgang.")
                // no label, no quotation mark, no "jeg vil ha" said for Ingrid
                .doesNotContain("Hvorfor").doesNotContain("Følger:").doesNotContain("Mål:").doesNotContain("\"")
                .doesNotContain("Jeg vil ha").doesNotContain("Vi vokser");
    }

    @Test
    void fjordkraftCardBReadsAsNorwegianWrittenByHand() {
        String letter = CardLetters.letter("kort-nb-b.txt", Language.NB, FJORDKRAFT);
        assertThat(letter)
                .contains("Nye bedriftskunder bruker seks måneder før de er i gang. Dere taper dem før de har fått "
                        + "verdi.")
                .contains("skyldes det at salg gir fra seg kunden etter signering, at det ikke finnes noen "
                        + "oppstartsplan, og at kundeservice ikke kjenner avtalene.")
                .contains("Blir det ikke løst, fortsetter én av fem nye kunder å si opp første år.")
                .contains("Dere så for dere en KAM som eier kunden fra første møte til første fornyelse, med et mål "
                        + "om oppstart på 60 dager og ingen oppsigelser første år – det er den jobben jeg vil ha")
                .contains("Ingrid, du tar den endelige beslutningen etter at Marte fra Rekruttpartner har tatt "
                        + "referansene.")
                .contains("tir. 1. des. – Eksempel på en oppstartsplan sendt (meg)")
                .contains("tir. 1. des. – To referanser sendt (meg)")
                .contains("Jeg ringer Marte onsdag 2. desember.")
                .doesNotContain("Ser for seg").doesNotContain("\"").doesNotContain("Mål:");
    }

    @Test
    void brightwaveCardAReadsAsBritishEnglishWrittenByHand() {
        String letter = CardLetters.letter("card-en-a.txt", Language.EN, BRIGHTWAVE);
        assertThat(letter)
                .contains("You’re losing mid-size accounts to cheaper 3PLs.")
                .contains("As I understand it, there are no account plans, and there is no pipeline visibility, so "
                        + "you can’t forecast.")
                .contains("You lost two renewals this year (about £1.2m).")
                // the Managing Director's "our" is said back to them as "your"
                .contains("You pictured someone who turns your top 40 accounts into partners and builds the account "
                        + "plans the rest of the team copies, with a target of 10 new fleet accounts in the first 12 "
                        + "months – that is the job I want")
                .contains("James, you make the final decision, after Rachel recommends and Tom at PeopleFirst runs "
                        + "references.")
                .contains("Thu 3 Dec – 90-day plan sent (me)")
                .contains("Rachel, I will call you on Friday 4 December to book a review.")
                .doesNotContain("So what").doesNotContain("Target:").doesNotContain("\"")
                .doesNotContain(" our top 40");
    }

    @Test
    void brightwaveCardBReadsAsBritishEnglishWrittenByHand() {
        String letter = CardLetters.letter("card-en-b.txt", Language.EN, BRIGHTWAVE);
        assertThat(letter)
                .contains("New customers take nine months to reach full volume. You sign them and then you lose them "
                        + "in onboarding.")
                .contains("there is no onboarding plan, sales hands over at signature, and the warehouse team "
                        + "doesn’t know what was sold.")
                .contains("You pictured an account executive who owns the customer from the first meeting to the "
                        + "first renewal, with a target of full volume in 90 days and no first-year losses – that is the "
                        + "job I want")
                .contains("James, you make the final decision, after Tom at PeopleFirst takes the references.")
                .contains("Tue 1 Dec – Onboarding plan sent (me)")
                .contains("Tue 1 Dec – Names of two referees sent (me)")
                .contains("I will call Tom on Wednesday 2 December.")
                .doesNotContain("Wants").doesNotContain("\"");
    }

    @Test
    void nothingOnTheCardsIsLeftForTheUserToPlace() {
        for (String card : new String[] {"kort-nb-a.txt", "kort-nb-b.txt"}) {
            assertThat(CardLetters.sorted(card, Language.NB).unplaced()).as(card).isEmpty();
        }
        for (String card : new String[] {"card-en-a.txt", "card-en-b.txt"}) {
            assertThat(CardLetters.sorted(card, Language.EN).unplaced()).as(card).isEmpty();
        }
    }
    /**
     * Pasted into a new application, no invitation read: everyone the letter knows comes from the card. It greets
     * the two who spoke, Hans Petter by both his names, turns to the one who decides, and names the recruiter the
     * steps name with her capital and at the agency the card puts in brackets.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "kort-nb-a.txt | NB | Hei Hans Petter og Ingrid, | Ingrid, du tar den endelige beslutningen etter at Hans Petter "
            + "har gitt sin anbefaling og Marte har tatt referansene. | Hans Petter, jeg ringer deg fredag "
            + "4. desember for å avtale gjennomgang. | Du Petter;marte;Hei Hans,",
        "kort-nb-b.txt | NB | Hei Hans Petter og Ingrid, | Ingrid, du tar den endelige beslutningen etter at Marte fra "
            + "Rekruttpartner har tatt referansene. | Jeg ringer Marte onsdag 2. desember. "
            + "| (Rekruttpartner);etter Marte",
        "card-en-a.txt | EN | Dear Rachel and James, | James, you make the final decision, after Rachel recommends and "
            + "Tom at PeopleFirst runs references. | Rachel, I will call you on Friday 4 December to book a review. "
            + "| You recommend; tom ;(PeopleFirst)",
        "card-en-b.txt | EN | Dear Rachel and James, | with a target of full volume in 90 days and no first-year losses "
            + "– that is the job I want | James, you make the final decision, after Tom at PeopleFirst takes the "
            + "references. | (PeopleFirst);days, no"})
    void withoutTheInvitationThePeopleComeFromTheCardAndReadRight(String card, Language language, String greeting,
            String sentence, String other, String notWritten) {
        String letter = CardLetters.letterWithoutInvitation(card, language);
        assertThat(letter).startsWith(greeting).contains(sentence).contains(other);
        for (String wrong : notWritten.split(";")) {
            assertThat(letter).doesNotContain(wrong);
        }
    }
}
