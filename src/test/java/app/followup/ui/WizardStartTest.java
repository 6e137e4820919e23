package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard as a file is opened and a new application started: where typing goes, and what the steps show. */
@ExtendWith(ApplicationExtension.class)
class WizardStartTest {
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.norwegian().threaded().shownAt(stage, 1024, 700);
    }

    /** The user guide says typing starts in the first field; a new user found the keyboard on the step list. */
    @Test
    void anOpenedFileHasTheKeyboardInItsFirstField(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        waitUntil(() -> stage.getScene().getFocusOwner() instanceof TextInputControl);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused.getId()).as("the first page's first field").isNotNull();
    }

    /** After Ctrl+N pages 2 to 5 were green with an empty circle: the colour of the file before. */
    @Test
    void afterNewTheStepsColourAgreesWithTheirTicks(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(main::newApplication);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> cells(robot).stream().anyMatch(cell -> cell.getText() != null
                && cell.getText().startsWith("○")));
        for (ListCell<?> cell : cells(robot)) {
            if (cell.getText() == null) {
                continue;
            }
            boolean green = cell.getPseudoClassStates().contains(Styles.FILLED);
            assertThat(green).as(cell.getText()).isEqualTo(cell.getText().startsWith("✓"));
        }
    }

    private static List<ListCell<?>> cells(FxRobot robot) {
        return robot.lookup("#steps .list-cell").queryAllAs(ListCell.class).stream()
                .<ListCell<?>>map(cell -> cell).toList();
    }
}
