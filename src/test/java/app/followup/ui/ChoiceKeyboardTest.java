package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.EvidenceKind;
import app.followup.ui.wizard.PageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard's drop-down lists from the keyboard, as the platform's own lists work. */
@ExtendWith(ApplicationExtension.class)
class ChoiceKeyboardTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.english().shownAt(stage, 1024, 700);
    }

    private void openOn(FxRobot robot, Class<?> page) {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(page.asSubclass(PageViewModel.class))));
    }

    private ComboBox<?> focused(FxRobot robot, String id) {
        ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
        UiTestSupport.reveal(robot, id);
        robot.interact(box::requestFocus);
        waitUntil(box::isFocused);
        return box;
    }

    @Test
    void spaceOpensTheStageList(FxRobot robot) {
        openOn(robot, InterviewPageViewModel.class);
        ComboBox<?> stage = focused(robot, "#stage");
        robot.type(KeyCode.SPACE);
        waitUntil(stage::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !stage.isShowing());
    }

    @Test
    void typingCOnTheKindCyclesThroughTheKindsStartingWithCInTheOrderShown(FxRobot robot) {
        openOn(robot, DecisionPageViewModel.class);
        @SuppressWarnings("unchecked")
        ComboBox<EvidenceKind> kind = (ComboBox<EvidenceKind>) focused(robot, "#evidence-kind");
        robot.interact(() -> kind.setValue(EvidenceKind.REFERENCES));
        List<EvidenceKind> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            EvidenceKind before = kind.getValue();
            robot.type(KeyCode.C);
            waitUntil(() -> kind.getValue() != before);
            seen.add(kind.getValue());
        }
        assertThat(seen).containsExactly(EvidenceKind.CERTIFICATES, EvidenceKind.CASE, EvidenceKind.CERTIFICATES);
    }
}
