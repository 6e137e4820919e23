package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Candidate;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.InvitationDialog;
import app.followup.ui.wizard.pages.ParticipantRow;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Fill in from the invitation…" on page 1 at laptop size, with the recruiter's .ics the testers had: the empty
 * fields take the invitation's employer, address and day, the position the user typed stays, and page 2 has the
 * people, the candidate left out.
 */
@ExtendWith(ApplicationExtension.class)
class FillFromInvitationWindowTest {
    private static final LocalDate DAY_AFTER = LocalDate.of(2026, 11, 29);
    private MainViewModel main;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) throws Exception {
        dialogs.invitationAnswer = invitation -> new InvitationDialog(stage, main.i18n(), invitation).ask();
        dialogs.invitationToOpen = Path.of(getClass().getResource("/app/followup/invite/second-interview.ics")
                .toURI());
        dialogs.candidate = new Candidate("Sam Taylor", "candidate@example.co.uk", null, List.of(), null);
        main = TestWindow.english().dialogs(dialogs).today(DAY_AFTER).shownAt(stage, 1024, 700);
    }

    private InterviewPageViewModel page() {
        return main.wizard().page(InterviewPageViewModel.class);
    }

    private List<ParticipantRow> rows() {
        return main.wizard().page(ParticipantsPageViewModel.class).participants().rows();
    }

    @Test
    void emptyFieldsTakeTheInvitationAndTypedOnesStay(FxRobot robot) {
        robot.interact(main::newApplication);
        waitUntil(() -> main.document().isOpen());
        UiTestSupport.reveal(robot, "#position");
        robot.clickOn("#position").write("Key Account Director");
        waitUntil(() -> "Key Account Director".equals(page().position.get()));

        UiTestSupport.reveal(robot, "#interview-from-invitation");
        robot.clickOn("#interview-from-invitation");
        waitUntil(() -> robot.lookup("#invite-open-file").tryQuery().isPresent());
        robot.clickOn("#invite-open-file");
        ListView<?> found = robot.lookup("#invite-found").queryAs(ListView.class);
        waitUntil(() -> found.getItems().size() == 3);
        robot.clickOn("#invite-add");

        waitUntil(() -> rows().size() == 3);
        assertThat(page().employer.get()).isEqualTo("Brightwave Logistics");
        assertThat(page().position.get()).as("typed by the user, kept").isEqualTo("Key Account Director");
        assertThat(page().employerAddress.get()).isEqualTo("2 Canal Street\nManchester");
        assertThat(page().date.get()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(main.document().notes().employer().address()).containsExactly("2 Canal Street", "Manchester");
        assertThat(rows()).extracting(r -> r.email.get()).containsExactly("rachel.oneill@brightwave-logistics.co.uk",
                "j.whitaker@brightwave-logistics.co.uk", "tom.fletcher@peoplefirst-search.co.uk");
        Label said = robot.lookup("#interview-filled").queryAs(Label.class);
        waitUntil(said::isVisible);
        assertThat(said.getText()).contains("employer, address, interview date")
                .contains("Kept what you had typed: position").contains("3 people added to the Participants page");
    }
}
