package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The letter page at 1024×700 in Norwegian as the tester had it: a sent letter with nothing to remark, reopened
 * through File → Open after another file, the checklist open, the step list folded to its numbers.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopPreviewTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.norwegian().dialogs(dialogs).threaded().today(LocalDate.of(2026, 11, 28)).shownAt(stage, 1024, 700);
    }

    @BeforeEach
    void theSentLetterReopened(FxRobot robot, @TempDir Path folder) throws IOException {
        Path sent = folder.resolve("sent.followup.json");
        Files.writeString(sent, Samples.resource("notes/nb-sent-no-remarks.followup.json"));
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> Samples.VESTLAND.equals(main.document().fileProperty().get()));
        dialogs.toOpen = sent;
        robot.interact(() -> main.open());
        waitUntil(() -> sent.equals(main.document().fileProperty().get()));
    }

    private static String zoom(FxRobot robot) {
        return robot.lookup("#pdf-zoom").queryAs(Label.class).getText();
    }

    /** Whether the first page is as wide as the view leaves it, its grey edges aside: fitted, no sideways scroll. */
    private static boolean fitted(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#pdf-scroll").queryAs(ScrollPane.class);
        ImageView page = (ImageView) robot.lookup("#pdf-page-1 .image-view").query();
        return Math.abs(page.getBoundsInParent().getWidth() - (scroll.getViewportBounds().getWidth() - 20)) < 1.5;
    }

    private static double stepsWidth(FxRobot robot) {
        return robot.lookup("#steps").queryAs(Region.class).getWidth();
    }

    @Test
    void leavingWideViewFitsTheWidthAgain(FxRobot robot) {
        robot.interact(() -> main.wizard().goTo(8));
        waitUntil(() -> robot.lookup("#pdf-page-1 .image-view").tryQuery().isPresent() && fitted(robot));
        String before = zoom(robot);

        robot.clickOn("#pdf-wide");
        waitUntil(() -> !zoom(robot).equals(before) && fitted(robot));
        robot.push(KeyCode.ESCAPE);

        waitUntil(() -> zoom(robot).equals(before) && fitted(robot));
        assertThat(robot.lookup("#pdf-fit-width").queryAs(ToggleButton.class).isSelected()).isTrue();
        // the checks run in the background: the checklist says "nothing to remark" once they have
        waitUntil(() -> robot.lookup("#checklist-none").queryAs(Label.class).isVisible());
    }

    @Test
    void aZoomTheUserChoseIsKeptThroughWideView(FxRobot robot) {
        robot.interact(() -> main.wizard().goTo(8));
        waitUntil(() -> robot.lookup("#pdf-page-1 .image-view").tryQuery().isPresent() && fitted(robot));
        robot.clickOn("#pdf-zoom-in");
        waitUntil(() -> !robot.lookup("#pdf-fit-width").queryAs(ToggleButton.class).isSelected());
        String chosen = zoom(robot);

        robot.clickOn("#pdf-wide");
        waitUntil(() -> robot.lookup("#letter-body").tryQuery().isEmpty());
        assertThat(zoom(robot)).isEqualTo(chosen);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#letter-body").tryQuery().isPresent());

        assertThat(zoom(robot)).isEqualTo(chosen);
        assertThat(robot.lookup("#pdf-fit-width").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void theStepListShowsNamesWhereThereIsRoomHoweverTheFileWasReached(FxRobot robot) {
        robot.interact(() -> main.wizard().goTo(0));
        waitUntil(() -> stepsWidth(robot) > 200);
        double opened = stepsWidth(robot);
        robot.interact(() -> main.wizard().goTo(8));
        waitUntil(() -> stepsWidth(robot) < 100);

        robot.interact(() -> main.newApplication());
        waitUntil(() -> main.document().fileProperty().get() == null && main.wizard().currentProperty().get() == 0);
        waitUntil(() -> stepsWidth(robot) == opened);
        robot.interact(() -> main.wizard().goTo(8));
        waitUntil(() -> stepsWidth(robot) < 100);

        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> Samples.VESTLAND.equals(main.document().fileProperty().get())
                && main.wizard().currentProperty().get() == 0);
        waitUntil(() -> stepsWidth(robot) == opened);
    }
}
