package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.TestNotes;
import app.followup.Samples;
import app.followup.mail.EmailText;
import app.followup.model.Candidate;
import app.followup.model.DecisionProcess;
import app.followup.model.EditedLetter;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.PrivateNotes;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.model.Term;
import app.followup.userfiles.TemplateLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComposerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private static Notes notes(Language language, Round round) {
        return new Notes(1, language, null, null, null, null, List.of(round), null, null);
    }

    private String text(Notes notes) {
        return EmailText.of(composer.compose(notes, notes.rounds().size() - 1, DAY));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anEmptyRoundGivesAShortCleanLetterWithNoHoles(Language language) {
        for (Stage stage : Stage.values()) {
            Round round = Round.empty(DAY);
            round = new Round(DAY, stage, List.of(), "", List.of("", " "), List.of(), null, null, null, List.of(),
                    Step.of("  ", null, null), List.of(), List.of(), null, null, List.of(), null);
            String text = text(notes(language, round));
            assertThat(text).doesNotContain("null").doesNotContain(" ,").doesNotContain(",,")
                    .doesNotContain(": \n").doesNotContain("- \n").doesNotContain("\n-\n").doesNotContain("  ")
                    .doesNotContain("innen .").doesNotContain("by .").doesNotContain("\n\n\n");
            assertThat(text).containsAnyOf("Hei,", "Hello,").doesNotContain("oppsummering").doesNotContain("summary");
            assertThat(text.split("\n")[0].replace('\u00a0', ' ')).isIn(
                    "Subject: Oppsummering etter samtalen 26. november", "Subject: Oppsummering etter møtet 26. november",
                    "Subject: Our conversation on 26 November", "Subject: Our meeting on 26 November");
        }
    }

    @Test
    void userTextIsDataNeverTemplateSyntax() {
        Round round = new Round(DAY, Stage.SPONSOR, List.of(Participant.of("{{candidateName}}", null, null, Role.SPONSOR)),
                "Vi bruker {{#causes}}maler{{/causes}} og {{> partial}}", List.of(), List.of(), null, null, null,
                List.of(), null, List.of(), List.of(), null, null, List.of(), null);
        String text = text(notes(Language.NB, round));
        assertThat(text).contains("Hei {{candidateName}},")
                .contains("dere bruker {{#causes}}maler{{/causes}} og {{> partial}}.");
    }

    @Test
    void lineBreaksAndControlCharactersInFieldsBecomeSpaces() {
        Round round = new Round(DAY, Stage.SPONSOR, List.of(), "Første linje\n\n- ikke en liste\tog\u0007slutt",
                List.of(), List.of(), null, null, null, List.of(), null, List.of(), List.of(), null, null, List.of(),
                null);
        assertThat(text(notes(Language.NB, round))).contains("første linje – ikke en liste og slutt.");
    }

    @Test
    void aPhoneFieldWithNoDigitIsLeftOutOfTheSignature() {
        Notes notes = Samples.load(Samples.NORDLYS);
        Candidate candidate = notes.candidate();
        Notes strayComma = notes.withCandidate(new Candidate(candidate.name(), candidate.email(), ",",
                candidate.address(), candidate.extras()));
        assertThat(text(strayComma)).doesNotContain(" ,").contains(candidate.name() + "\n");
    }

    @Test
    void addresseeGoesInToAndEveryoneElseWithAnEmailInCcRecruiterIncluded() {
        Letter letter = composer.compose(Samples.load(Samples.NORDLYS), 0, DAY);
        assertThat(letter.to()).containsExactly(new Recipient("Ola Hansen", "ola.hansen@nordlys.example"));
        assertThat(letter.cc()).extracting(Recipient::name).containsExactly("Eva Berg", "Per Li");
    }

    @Test
    void withoutAMarkedAddresseeTheFirstSponsorOrDecisionMakerIsGreeted() {
        Round round = new Round(DAY, Stage.SPONSOR, List.of(
                Participant.of("Eva Berg", "HR", "eva@x.example", Role.GATEKEEPER),
                Participant.of("Lise Moe", "CEO", "lise@x.example", Role.DECISION_MAKER),
                Participant.of("Ola Hansen", null, null, Role.SPONSOR)), null, List.of(), List.of(), null, null,
                null, List.of(), null, List.of(), List.of(), null, null, List.of(), null);
        Letter letter = composer.compose(notes(Language.NB, round), 0, DAY);
        assertThat(letter.bodyText()).startsWith("Hei Lise,");
        assertThat(letter.to()).extracting(Recipient::email).containsExactly("lise@x.example");
        assertThat(letter.cc()).extracting(Recipient::email).containsExactly("eva@x.example");
    }

    @Test
    void severalAddresseesAreGreetedTogether() {
        Participant ola = new Participant("Ola Hansen", null, null, "ola@x.example", Role.SPONSOR, true, null, null);
        Participant eva = new Participant("Eva Berg", null, null, "eva@x.example", Role.GATEKEEPER, true, null, null);
        Participant per = new Participant("Per Li", null, null, "per@x.example", Role.RECRUITER, true, null, null);
        Round round = Round.empty(DAY);
        round = new Round(DAY, Stage.SPONSOR, List.of(ola, eva, per), null, List.of(), List.of(), null, null, null,
                List.of(), null, List.of(), List.of(), null, null, List.of(), null);
        assertThat(composer.compose(notes(Language.NB, round), 0, DAY).bodyText()).startsWith("Hei Ola, Eva og Per,");
        assertThat(composer.compose(notes(Language.EN, round), 0, DAY).bodyText()).startsWith("Dear Ola, Eva and Per,");
    }

    @Test
    void theTemplateAndTheNotesBothSpeakTheInterviewersWords() {
        Round round = new Round(DAY, Stage.SPONSOR, List.of(), "Vi mister kunder", List.of(),
                List.of("Kunder forsvinner"), null, null, null, List.of(), null, List.of(),
                List.of(Term.of("kjerneutfordringen", "hovedutfordringen"), Term.of("partnere", "kunder")),
                null, null, List.of(), null);
        String text = text(notes(Language.NB, round));
        assertThat(text).contains("er kjerneutfordringen at dere mister partnere.")
                .contains("Blir det ikke løst, forsvinner partnere.")
                .doesNotContain("kunder").doesNotContain("Kunder").doesNotContain("hovedutfordringen");
    }

    private String withConsequences(Language language, String... consequences) {
        Round round = Round.empty(DAY).withStage(Stage.SPONSOR).withConsequences(List.of(consequences));
        return composer.compose(notes(language, round), 0, DAY).bodyText();
    }

    @Test
    void aNorwegianConsequenceAfterTheFrontedClauseHasItsVerbSecond() {
        assertThat(withConsequences(Language.NB, "de når ikke vekstmålet for 2027"))
                .contains("Blir det ikke løst, når dere ikke vekstmålet for 2027.");
        assertThat(withConsequences(Language.NB, "Vi mister de største kundene"))
                .contains("Blir det ikke løst, mister dere de største kundene.");
    }

    @Test
    void aPlaceTheNotesWriteWithACapitalKeepsItWhenTheInversionMovesIt() {
        Round round = new Round(DAY, Stage.SPONSOR, List.of(), "Salget på Østlandet har falt", List.of(),
                List.of("Østlandet står for 40 prosent av omsetningen"), null, null, null, List.of(), null,
                List.of(), List.of(), null, null, List.of(), null);
        assertThat(text(notes(Language.NB, round)))
                .contains("Blir det ikke løst, står Østlandet for 40 prosent av omsetningen.");
    }

    @Test
    void aConsequenceWithASecondClauseIsNotInvertedButSaidAsAThatClause() {
        assertThat(withConsequences(Language.NB, "budsjettet for 2027 ryker, siden salget faller"))
                .contains("Blir det ikke løst, betyr det at budsjettet for 2027 ryker, siden salget faller.");
        // a clause after the verb goes along with it
        assertThat(withConsequences(Language.NB, "marginen faller fordi kundene går til kjedene"))
                .contains("Blir det ikke løst, faller marginen fordi kundene går til kjedene.");
        assertThat(withConsequences(Language.NB, "Salget faller, så budsjettet ryker", "styret griper inn"))
                .contains("Blir det ikke løst, betyr det at salget faller, så budsjettet ryker, og styret griper inn.");
    }

    @Test
    void aConsequenceAboutTheEmployerIsSaidToTheReaders() {
        assertThat(withConsequences(Language.EN, "they miss the 2027 revenue target"))
                .contains("If nothing changes, you will miss the 2027 revenue target.");
        assertThat(withConsequences(Language.EN, "They risk losing the Nordic accounts", "they will lose share"))
                .contains("If nothing changes, you risk losing the Nordic accounts, and you will lose share.");
        assertThat(withConsequences(Language.NB, "Marginen faller", "de mister de største kundene"))
                .contains("Blir det ikke løst, faller marginen, og dere mister de største kundene.");
    }

    @Test
    void aConsequenceWhoseTheyIsNotSurelyTheSubjectStaysAsTyped() {
        assertThat(withConsequences(Language.NB, "De største kundene går til kjedene"))
                .contains("Blir det ikke løst, går de største kundene til kjedene.");
        // a past tense has happened: a fact of its own, not "If nothing changes, they missed …"
        assertThat(withConsequences(Language.EN, "they missed the 2026 target too"))
                .contains("They missed the 2026 target too.").doesNotContain("If nothing changes");
    }

    private String sponsorLetterDecidedBy(Language language, Participant... addressees) {
        Round round = Round.empty(DAY).withStage(Stage.SPONSOR).withParticipants(List.of(addressees))
                .withDecisionProcess(new DecisionProcess("Per Olav Moe", List.of(), Extras.NONE));
        return composer.compose(notes(language, round), 0, DAY).bodyText();
    }

    @Test
    void aSponsorLetterTellsTheDecisionMakerTheyDecideAsTheCandidateUnderstoodIt() {
        Participant perOlav = new Participant("Per Olav Moe", null, null, "po@x.example", Role.SPONSOR, true, null,
                null);
        Participant hanne = new Participant("Hanne Li", null, null, "hl@x.example", Role.SPONSOR, true, null, null);
        assertThat(sponsorLetterDecidedBy(Language.EN, perOlav, hanne))
                .contains("Per Olav, I understand the final decision is yours.")
                .doesNotContain("make the final decision");
        assertThat(sponsorLetterDecidedBy(Language.EN, perOlav)).contains("I understand the final decision is yours.");
        assertThat(sponsorLetterDecidedBy(Language.NB, perOlav, hanne))
                .contains("Per Olav, jeg forstod det slik at det er du som tar den endelige beslutningen.")
                .doesNotContain("Per Olav, du tar");
        assertThat(sponsorLetterDecidedBy(Language.NB, perOlav))
                .contains("Jeg forstod det slik at det er du som tar den endelige beslutningen.");
    }

    @Test
    void stepsTypedAsLabelsReadWithTheirArticleAndPluralsAndMassNounsStayBare() {
        Round round = Round.empty(DAY).withStage(Stage.SPONSOR).withDecisionProcess(new DecisionProcess(null,
                List.of("second interview with Per Olav Moe", "case presentation for the sales team",
                        "reference checks", "board approval", "HR interview", "offer"), Extras.NONE));
        assertThat(composer.compose(notes(Language.EN, round), 0, DAY).bodyText()).contains("The next steps are "
                + "a second interview with Per Olav Moe, a case presentation for the sales team, reference checks, "
                + "board approval, HR interview and an offer.");
        assertThat(composer.compose(notes(Language.NB, round.withDecisionProcess(new DecisionProcess(null,
                List.of("andre intervju", "personlighetstest", "referansesjekk"), Extras.NONE))), 0, DAY).bodyText())
                .contains("Veien videre er et andre intervju, en personlighetstest og referansesjekk.");
    }

    @Test
    void anEditedLetterIsUsedAsWrittenWithoutReplacingWords() {
        Notes notes = TestNotes.nordlys().lastRound(round -> round
                .withLetter(new EditedLetter("Takk!", "Hei Ola,\n\nVi snakket om kunder:\n- én\n- to\n\nHilsen\nKari",
                        null, Extras.NONE))).build();
        Letter letter = composer.compose(notes, 0, DAY);
        assertThat(letter.edited()).isTrue();
        assertThat(letter.subject()).isEqualTo("Takk!");
        assertThat(letter.body()).containsExactly(new Block.Paragraph(List.of("Hei Ola,")),
                new Block.Paragraph(List.of("Vi snakket om kunder:")), new Block.ItemList(List.of("én", "to"), false),
                new Block.Paragraph(List.of("Hilsen", "Kari")));
        assertThat(composer.generate(notes, 0, DAY).edited()).isFalse();
    }

    @Test
    void privateNotesNeverReachTheLetter() {
        Notes sample = Samples.load(Samples.NORDLYS);
        String text = text(sample);
        assertThat(text).doesNotContain(sample.privateNotes().salaryExpectation())
                .doesNotContain(sample.privateNotes().coreTask()).doesNotContain(sample.privateNotes().notes())
                .doesNotContain(sample.rounds().get(0).privateNotes());
    }

    @Test
    void anEmployerOwnedNextStepSaysTheCandidateWillFollowUp() {
        Round round = new Round(DAY, Stage.SPONSOR, List.of(), null, List.of(), List.of(), null, null, null,
                List.of(), Step.of("Dere gir beskjed om neste intervju", LocalDate.of(2026, 12, 4), Owner.EMPLOYER),
                List.of(), List.of(), null, null, List.of(), null);
        assertThat(text(notes(Language.NB, round)).replace('\u00a0', ' ')).contains(
                "Som avtalt gir dere beskjed om neste intervju innen fredag 4. desember. Har jeg ikke hørt noe innen da, "
                        + "ringer jeg deg mandag 7. desember.");
    }

    @Test
    void theLetterheadCarriesSenderRecipientPlaceAndDate() {
        Letter letter = composer.compose(Samples.load(Samples.NORDLYS), 0, LocalDate.of(2026, 11, 27));
        assertThat(letter.senderLines()).containsExactly("Kari Nordmann", "Storgata 1", "0155 Oslo", "+47 912 34 567",
                "kari.nordmann@example.no");
        assertThat(letter.recipientLines()).containsExactly("Ola Hansen", "Salgsdirektør", "Nordlys Software AS",
                "Postboks 12", "7011 Trondheim");
        assertThat(letter.placeAndDate()).isEqualTo("Oslo, 27.\u00a0november 2026");
        assertThat(letter.bodyText()).contains("Takk for samtalen i går");
    }

    @Test
    void aTemplateInTheUsersFolderReplacesTheBuiltInOne(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("nb-sponsor.mustache"), "Eget emne for {{position}}\n\nHei {{greetingNames}}!");
        LetterComposer own = new LetterComposer(new TemplateLibrary(folder));
        Letter letter = own.compose(Samples.load(Samples.NORDLYS), 0, DAY);
        assertThat(letter.subject()).isEqualTo("Eget emne for Key Account Manager");
        assertThat(letter.bodyText()).isEqualTo("Hei Ola!");
    }

    @Test
    void oneLetterPerParticipantGreetsEachAloneWithoutCopies() {
        Notes notes = Samples.load(Samples.NORDLYS);
        Participant eva = notes.rounds().get(0).participants().get(1);
        Letter letter = composer.composeFor(notes, 0, DAY, eva);
        assertThat(letter.bodyText()).startsWith("Hei Eva,\n\nTakk for samtalen i dag");
        assertThat(letter.to()).containsExactly(new Recipient("Eva Berg", "eva.berg@nordlys.example"));
        assertThat(letter.cc()).isEmpty();
        assertThat(letter.recipientLines()).startsWith("Eva Berg", "HR-partner");
        Participant per = notes.rounds().get(0).participants().get(2);
        assertThat(composer.composeFor(notes, 0, DAY, per).recipientLines()).as("the recruiter's own organisation")
                .containsExactly("Per Li", "Seniorkonsulent", "Rekrutt AS");
    }

    @Test
    void anEditedLetterPerParticipantKeepsTheTextAndChangesTheGreeting() {
        Notes notes = TestNotes.nordlys().lastRound(round -> round.withLetter(new EditedLetter("Takk!",
                "Hei Ola,\n\nMin egen tekst.\n\nHilsen Kari", null, Extras.NONE))).build();
        Letter letter = composer.composeFor(notes, 0, DAY, notes.rounds().get(0).participants().get(1));
        assertThat(letter.subject()).isEqualTo("Takk!");
        assertThat(letter.bodyText()).isEqualTo("Hei Eva,\n\nMin egen tekst.\n\nHilsen Kari");
    }

    @Test
    void emptyCandidateAndEmployerLeaveNoBlankLines() {
        Notes notes = new Notes(1, Language.NB, Candidate.EMPTY, Employer.EMPTY, null, PrivateNotes.EMPTY,
                List.of(Round.empty(DAY)), null, null);
        Letter letter = composer.compose(notes, 0, DAY);
        assertThat(letter.senderLines()).isEmpty();
        assertThat(letter.recipientLines()).isEmpty();
        assertThat(letter.placeAndDate()).isEqualTo("26.\u00a0november 2026");
        assertThat(letter.bodyText()).endsWith("Med vennlig hilsen");
    }
}
