package app.followup.ui.wizard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Candidate;
import app.followup.model.Language;
import app.followup.ui.Document;
import app.followup.ui.FakeDialogs;
import app.followup.ui.common.BackgroundRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Fill in from the invitation…" on page 1 with the recruiter's email pasted, as the Norwegian tester had it. */
class FillFromInvitationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final Document document = new Document();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ParticipantsPageViewModel participants = new ParticipantsPageViewModel(document, dialogs,
            new BackgroundRunner.Immediate(), () -> TODAY);
    private final InterviewPageViewModel page = new InterviewPageViewModel(document, participants);

    FillFromInvitationTest() {
        document.startNew(new Candidate("Kari Nordmann", "kandidat@example.no", null, List.of(), null),
                Language.NB, TODAY);
    }

    private void pasteAndAdd(String text) {
        dialogs.invitationAnswer = invitation -> {
            invitation.pasted.set(text);
            return true;
        };
        page.fillFromInvitation();
    }

    private static String email() throws Exception {
        return Files.readString(Path.of(FillFromInvitationTest.class
                .getResource("/app/followup/invite/invitasjon-epost.txt").toURI()));
    }

    @Test
    void thePastedEmailFillsEmployerAndPositionAndPage2GetsThePeople() throws Exception {
        pasteAndAdd(email());
        assertThat(document.notes().employer().name()).isEqualTo("Fjordkraft Solutions");
        assertThat(document.notes().position()).isEqualTo("Key Account Manager");
        assertThat(page.employerAddress.get()).as("an email gives no address").isEmpty();
        assertThat(participants.participants().rows()).extracting(r -> r.email.get()).containsExactly(
                "hanspetter.lunde@fjordkraft-solutions.no", "ingrid.aas@fjordkraft-solutions.no",
                "marte.solberg@rekruttpartner.no");
        FilledFromInvitation said = page.filledFromInvitationProperty().get();
        assertThat(said.filled()).containsExactly("interview.part.employer", "interview.part.position",
                "interview.part.stage");
        assertThat(said.kept()).isEmpty();
        assertThat(said.peopleAdded()).isEqualTo(3);
    }

    @Test
    void whatTheUserTypedStaysAndIsSaidToHaveBeenKept() throws Exception {
        page.employer.set("Fjordkraft Solutions AS");
        page.position.set("KAM Vestland");
        pasteAndAdd(email());
        assertThat(document.notes().employer().name()).isEqualTo("Fjordkraft Solutions AS");
        assertThat(document.notes().position()).isEqualTo("KAM Vestland");
        assertThat(page.filledFromInvitationProperty().get().kept()).containsExactly("interview.part.employer",
                "interview.part.position");
    }

    @Test
    void aCancelledDialogChangesNothingAndSaysNothing() throws Exception {
        dialogs.invitationAnswer = invitation -> {
            invitation.pasted.set("Emne: Intervju: Salgssjef\nhanne.berg@nordlys-energi.no");
            return false;
        };
        page.fillFromInvitation();
        assertThat(page.position.get()).isEmpty();
        assertThat(participants.participants().rows()).isEmpty();
        assertThat(page.filledFromInvitationProperty().get()).isNull();
    }

    /**
     * The English tester pasted the email first (people added, no address), then opened the .ics for its address:
     * everyone in it was in the table already, and Add was greyed out, so the address could not be had.
     */
    @Test
    void theInvitationFileFillsTheAddressWhenItsPeopleAreAlreadyInTheTable() throws Exception {
        pasteAndAdd(email());
        assertThat(page.employerAddress.get()).isEmpty();
        dialogs.invitationToOpen = Path.of(FillFromInvitationTest.class
                .getResource("/app/followup/invite/intervju-andre-runde.ics").toURI());
        dialogs.invitationAnswer = invitation -> {
            invitation.openFile();
            return invitation.givesAnything();
        };
        page.fillFromInvitation();
        assertThat(page.employerAddress.get()).isEqualTo("Strandkaien 14\nBergen");
        assertThat(participants.participants().rows()).hasSize(3);
    }

    /**
     * Both testers at 23:10: the managing director came in as "Other", in copy, so the letter would have gone to the
     * sponsor alone. Her title says she runs the company: she is the decision maker, and an addressee.
     */
    @Test
    void theOneWhoRunsTheCompanyIsTheDecisionMakerAndAnAddressee() throws Exception {
        pasteAndAdd(email());
        ParticipantRow ingrid = participants.participants().rows().stream()
                .filter(r -> r.email.get().startsWith("ingrid")).findFirst().orElseThrow();
        assertThat(ingrid.title.get()).isEqualTo("administrerende direktør");
        assertThat(ingrid.role.get()).isEqualTo(app.followup.model.Role.DECISION_MAKER);
        assertThat(ingrid.addressee.get()).isTrue();
        assertThat(participants.participants().rows().stream().filter(r -> r.addressee.get()).count()).isEqualTo(2);
    }

    /** Both testers at 01:35 set "Final decision maker" by hand; untouched, the letter would have had no plan. */
    @Test
    void withTheDecisionMakerInTheRoomTheRoundIsWithTheDecisionMakerUnlessTheUserChoseAStage() throws Exception {
        pasteAndAdd(email());
        assertThat(page.stage.get()).isEqualTo(app.followup.model.Stage.DECISION_MAKER);
        assertThat(document.round().stage()).isEqualTo(app.followup.model.Stage.DECISION_MAKER);
    }

    @Test
    void aStageTheUserChoseStays() throws Exception {
        page.stage.set(app.followup.model.Stage.DECISION_MAKER);
        page.stage.set(app.followup.model.Stage.SPONSOR);
        pasteAndAdd(email());
        assertThat(page.stage.get()).isEqualTo(app.followup.model.Stage.SPONSOR);
        assertThat(page.filledFromInvitationProperty().get().filled()).doesNotContain("interview.part.stage");
    }
}
