package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.wizard.pages.InvitationDialog;
import app.followup.ui.wizard.pages.ParticipantRow;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A line pasted into "Add from invitation or email…" at laptop size ends up in the table, typing going on there. */
@ExtendWith(ApplicationExtension.class)
class AddFromInvitationWindowTest {
    private MainViewModel main;
    private FakeDialogs dialogs;

    @Start
    void start(Stage stage) {
        dialogs = new FakeDialogs();
        // the real dialog, in the window's language
        dialogs.invitationAnswer = invitation -> new InvitationDialog(stage, main.i18n(), invitation).ask();
        main = TestWindow.english().dialogs(dialogs).shownAt(stage, 1024, 700);
    }

    private List<ParticipantRow> rows() {
        return main.wizard().page(ParticipantsPageViewModel.class).participants().rows();
    }

    @Test
    void aPastedLineBecomesRowsAndTypingGoesOnInTheFirstNewRowsTitle(FxRobot robot) {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> rows().clear());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ParticipantsPageViewModel.class)));
        waitUntil(() -> robot.lookup("#participants-from-invitation").tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        UiTestSupport.reveal(robot, "#participants-from-invitation");
        robot.clickOn("#participants-from-invitation");
        waitUntil(() -> robot.lookup("#invite-text").tryQuery().map(Node::isFocused).orElse(false));

        robot.interact(() -> {
            ClipboardContent line = new ClipboardContent();
            line.putString("Helen Marsh <helen.marsh@northgate.co.uk>; \"Lee, David\" <david.lee@northgate.co.uk>");
            Clipboard.getSystemClipboard().setContent(line);
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        waitUntil(() -> robot.lookup(".invite-person-title").queryAll().size() == 2);
        robot.clickOn("#invite-add");

        waitUntil(() -> rows().size() == 2);
        assertThat(rows()).extracting(r -> r.name.get()).containsExactly("Helen Marsh", "David Lee");
        assertThat(rows()).extracting(r -> r.email.get()).containsExactly("helen.marsh@northgate.co.uk",
                "david.lee@northgate.co.uk");
        waitUntil(() -> robot.lookup("#participants-add").query().getScene().getFocusOwner() instanceof TextField f
                && "participant-title".equals(f.getId()));
        robot.write("CFO");
        waitUntil(() -> "CFO".equals(rows().get(0).title.get()));
        assertThat(rows().get(1).title.get()).isEmpty();
    }

    /** The testers' email, pasted whole: what it says about each person shows in fields the user can see whole. */
    @Test
    void thePastedEmailsTitlesShowInFieldsNotCutOff(FxRobot robot) throws Exception {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ParticipantsPageViewModel.class)));
        waitUntil(() -> robot.lookup("#participants-from-invitation").tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        UiTestSupport.reveal(robot, "#participants-from-invitation");
        robot.clickOn("#participants-from-invitation");
        waitUntil(() -> robot.lookup("#invite-text").tryQuery().map(Node::isFocused).orElse(false));
        String email = new String(getClass().getResourceAsStream("/app/followup/invite/invitation-email.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        robot.interact(() -> robot.lookup("#invite-text").queryAs(javafx.scene.control.TextArea.class)
                .setText(email));
        waitUntil(() -> robot.lookup(".invite-person-title").queryAll().size() == 4);
        List<TextField> titles = robot.lookup(".invite-person-title").queryAllAs(TextField.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY())).toList();
        assertThat(titles).extracting(TextField::getText).containsExactly("Head of Sales", "Managing Director", "",
                "Senior Consultant");
        Node list = robot.lookup("#invite-found").query();
        while (!(list instanceof javafx.scene.control.ScrollPane)) {
            list = list.getParent();
        }
        javafx.geometry.Bounds view = list.localToScene(list.getLayoutBounds());
        for (String field : List.of(".invite-person-title", ".invite-person-organisation", ".invite-person-recruiter")) {
            Node first = robot.lookup(field).queryAll().iterator().next();
            javafx.geometry.Bounds bounds = first.localToScene(first.getLayoutBounds());
            assertThat(bounds.getMaxX()).as(field + " inside the list's width").isLessThanOrEqualTo(view.getMaxX());
            assertThat(bounds.getWidth()).as(field + " not squeezed").isGreaterThan(field.contains("recruiter") ? 10 : 120);
        }
        robot.clickOn("#invite-add");
        waitUntil(() -> rows().size() == 6);
    }

    /** A tester pasted the email, then opened the .ics for its date and address: Add stayed greyed out. */
    @Test
    void anInvitationFileWhosePeopleAreInTheTableCanStillBeAdded(FxRobot robot) throws Exception {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> rows().clear());
        dialogs.invitationToOpen = java.nio.file.Path.of(getClass()
                .getResource("/app/followup/invite/second-interview.ics").toURI());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ParticipantsPageViewModel.class)));
        for (int time = 0; time < 2; time++) {
            waitUntil(() -> robot.lookup("#participants-from-invitation").tryQuery()
                    .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
            UiTestSupport.reveal(robot, "#participants-from-invitation");
            robot.clickOn("#participants-from-invitation");
            waitUntil(() -> robot.lookup("#invite-open-file").tryQuery().isPresent());
            robot.clickOn("#invite-open-file");
            waitUntil(() -> !robot.lookup("#invite-add").query().isDisabled());
            int before = rows().size();
            robot.clickOn("#invite-add");
            waitUntil(() -> robot.lookup("#invite-add").tryQuery().isEmpty());
            if (time == 1) {
                assertThat(rows()).as("nobody twice").hasSize(before);
            }
        }
    }
}
