package app.followup.ui;

import static app.followup.ui.UiTestSupport.reveal;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.EvidenceKind;
import app.followup.model.Role;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.EvidenceRow;
import app.followup.ui.wizard.pages.ParticipantRow;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where a Norwegian tester hesitated: which stage, a recruiter's organisation, the vision's form, evidence by keyboard. */
@ExtendWith(ApplicationExtension.class)
class HesitationHintsTest {
    private static final int PARTICIPANTS = 1;
    private static final int VISION = 3;
    private static final int DECISION = 4;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.norwegian().threaded().shownAt(stage, 1024, 700);
    }

    private void openOn(FxRobot robot, int page) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(page));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shownHint(FxRobot robot, String start) {
        return robot.lookup(".hint").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().startsWith(start) && shown(label));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void theFirstPageSaysWhichStageToChooseWhenBothWereInTheRoom(FxRobot robot) {
        openOn(robot, 0);
        assertThat(shownHint(robot, "Var både sponsoren og den endelige beslutningstageren med, velger du "
                + "«Endelig beslutningstager»")).isTrue();
    }

    @Test
    void theVisionPageShowsTheFormTheLetterNeeds(FxRobot robot) {
        openOn(robot, VISION);
        assertThat(shownHint(robot, "Skriv det som en person de ser for seg, for eksempel «En salgssjef som")).isTrue();
    }

    @Test
    void aRecruitersOrganisationAsksForTheAgencyNotTheEmployer(FxRobot robot) {
        openOn(robot, PARTICIPANTS);
        ParticipantRow row = main.wizard().page(ParticipantsPageViewModel.class).participants().rows().get(0);
        robot.interact(() -> row.organisation.set(""));
        TextField organisation = robot.lookup("#participant-organisation").queryAs(TextField.class);
        assertThat(organisation.getPromptText()).isEqualTo("Arbeidsgiveren");
        robot.interact(() -> row.role.set(Role.RECRUITER));
        assertThat(organisation.getPromptText()).isEqualTo("Byråets navn");
    }

    /** Tab into the kind, a letter or an arrow to choose: a row of evidence filled in without the mouse. */
    @Test
    void theEvidenceKindIsChosenFromTheKeyboard(FxRobot robot) {
        openOn(robot, DECISION);
        var rows = main.wizard().page(DecisionPageViewModel.class).evidence().rows();
        EvidenceRow first = rows.get(0);
        robot.interact(() -> first.kind.set(EvidenceKind.REFERENCES));
        reveal(robot, "#evidence-detail");
        robot.clickOn("#evidence-detail");
        robot.press(KeyCode.SHIFT).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidence-kind").queryAs(ComboBox.class).isFocused()).as("Shift+Tab reaches it")
                .isTrue();
        robot.write("c");
        waitUntil(() -> first.kind.get() == EvidenceKind.CASE);
        robot.write("r");
        waitUntil(() -> first.kind.get() == EvidenceKind.REFERENCES);
        robot.write("r");
        waitUntil(() -> first.kind.get() == EvidenceKind.RESULTS);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> first.kind.get() == EvidenceKind.TEST);
        assertThat(shownHint(robot, "Brevet lover hver leveranse til datoen som står ved den.")).isTrue();
    }
}
