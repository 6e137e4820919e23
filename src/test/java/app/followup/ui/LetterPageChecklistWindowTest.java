package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist above the letter page's preview, as a British tester met it at 1024×700. */
@ExtendWith(ApplicationExtension.class)
class LetterPageChecklistWindowTest {
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().threaded().shownAt(stage, 1024, 700);
    }

    private ToggleButton toggle(FxRobot robot) {
        return robot.lookup("#checklist-toggle").queryAs(ToggleButton.class);
    }

    private void goTo(FxRobot robot, Class<? extends app.followup.ui.wizard.PageViewModel> page) {
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(page)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The open checklist left the preview only the letterhead: in a short window the letter page starts with it
     * folded to its title line, one click opens it, and the other pages find it as the user left it.
     */
    @Test
    void inAShortWindowTheLetterPageStartsWithTheChecklistFolded(FxRobot robot) {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        goTo(robot, PrivatePageViewModel.class);
        assertThat(toggle(robot).isSelected()).as("open on the other pages").isTrue();
        goTo(robot, LetterPageViewModel.class);
        waitUntil(() -> !toggle(robot).isSelected());
        assertThat(robot.lookup("#checklist-count").query().isVisible()).as("its count in sight").isTrue();
        robot.clickOn(toggle(robot));
        waitUntil(() -> toggle(robot).isSelected());
        goTo(robot, PrivatePageViewModel.class);
        assertThat(toggle(robot).isSelected()).isTrue();
    }

    /** At 1280×800 there is room for both: the checklist stays open on the letter page. */
    @Test
    void inATallerWindowTheChecklistStaysOpen(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        goTo(robot, LetterPageViewModel.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle(robot).isSelected()).isTrue();
    }
}
