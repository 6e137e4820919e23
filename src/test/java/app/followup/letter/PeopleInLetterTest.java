package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.Notes;
import app.followup.userfiles.TemplateLibrary;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What two native salespeople found wrong about the people in their letters (issue 11), on shortened copies of
 * their notes in the corpus: whom the printed letter is addressed to, who it says got a copy, and how people are
 * greeted and named.
 */
class PeopleInLetterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private Letter letter(String corpusName) {
        Notes notes = Samples.load(GoldenLetterTest.CORPUS.resolve(corpusName + ".followup.json"));
        return composer.compose(notes, notes.rounds().size() - 1, DAY);
    }

    @Test
    void aGreetedRecruiterDoesNotHeadTheAddressBlockWhichIsTheEmployers() {
        Letter letter = letter("nb-sponsor-recruiter-addressee");
        assertThat(letter.recipientLines()).containsExactly(
                "Lars Olav Nes", "Salgssjef ortopedi", "Nordic Surgical Norge AS", "Strandveien 50", "1366 Lysaker");
        assertThat(letter.bodyText()).startsWith("Hei Marianne og Lars Olav,");
    }

    @Test
    void theCopyLineNamesOnlyThoseTheEmailCopies() {
        assertThat(letter("nb-sponsor-recruiter-addressee").copyLine())
                .as("Tone Wiik has no email and gets no copy").isNull();
        assertThat(letter("en-sponsor-addressee-in-notes").copyLine())
                .isEqualTo("cc: Tom Ashworth (Fintech Talent Co)");
    }

    @Test
    void titlesTypedInCapitalsAreWrittenInOrdinaryCase() {
        assertThat(letter("nb-sponsor-recruiter-addressee").subject()).endsWith("– Key Account Manager sykehus");
        assertThat(letter("nb-decision-maker-double-given-name").recipientLines()).containsExactly(
                "Kjersti Lunde Moe", "Adm. dir. Fjordnett bedrift", "Bjørn Are Dahl", "Salgsdirektør", "Fjordnett AS",
                "Kanalveien 7", "5068 Bergen");
        assertThat(letter("en-sponsor-addressee-in-notes").subject()).endsWith("– Business Development Manager");
    }

    @Test
    void aDoubleGivenNameIsGreetedWholeAndTheNextStepTurnsToItsOwner() {
        String body = letter("nb-decision-maker-double-given-name").bodyText();
        assertThat(body).startsWith("Hei Kjersti og Bjørn Are,")
                .contains("Bjørn Are, jeg ringer deg torsdag 3.\u00a0desember for å avklare")
                .doesNotContain("deg Are");
    }

    @Test
    void aTitleBeforeTheNameIsNeitherGreetedNorInTheWayOfKnowingTheDecisionMaker() {
        String body = letter("en-decision-maker-title-in-name").bodyText();
        assertThat(body).startsWith("Dear Fiona and Marcus,")
                .contains("Fiona, you make the final decision, after a final interview with you both and")
                .doesNotContain("Fiona Gallagher");
    }

    @Test
    void theOneAddresseeIsNeverNamedInTheThirdPerson() {
        String body = letter("en-sponsor-addressee-in-notes").bodyText();
        assertThat(body.substring(body.indexOf('\n'))).doesNotContain("Sarah Jane")
                .contains("a role play with you").contains("send you my 30-60-90 outline");
    }

    @Test
    void aDecisionMakerNotYetMetIsIntroducedInFullOnceWhereTheStepsFirstNameThem() {
        String body = letter("en-sponsor-employer-step-to-send").bodyText();
        assertThat(body).contains("a second interview with you and Andrew Lister, your Managing Director, and references."
                + " Andrew makes the final decision.");
        assertThat(body.split("Andrew Lister", -1)).as("the full name once").hasSize(2);
    }

    @Test
    void theEmployersStepIsAPromiseOfItsOwner() {
        assertThat(letter("en-sponsor-employer-step-to-send").bodyText())
                .contains("As agreed, Kirsty will send dates for the second interview by")
                .contains("a second interview with you and Andrew Lister");
        assertThat(letter("nb-sponsor-employer-step-addressee").bodyText())
                .contains("Anne-Lise, som avtalt sender du lenke til OPQ-testen innen")
                .contains("ringer jeg dere onsdag");
    }
}
