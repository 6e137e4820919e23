package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Page 1 of a reopened file at the program's smallest size, as a British tester saw it. */
@ExtendWith(ApplicationExtension.class)
class InterviewPageWindowTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.english().threaded().shownAt(stage, 1024, 700);
    }

    /**
     * "orthgate Software Ltd", "Regional Sales Manage" and two of the address's three lines: the employer, the
     * position and a three-line address are read whole on the page of a file just opened.
     */
    @Test
    void aReopenedFileShowsItsEmployerPositionAndAddressWhole(FxRobot robot, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("northgate.followup.json");
        String notes = Files.readString(Samples.HARBOUR)
                .replace("\"Harbour Analytics Ltd\"", "\"Northgate Software Ltd\"")
                .replace("\"Enterprise Account Executive\"", "\"Regional Sales Manager, North\"")
                .replace("\"Bristol BS1 4QA\"", "\"Bristol BS1 4QA\", \"United Kingdom\"");
        Files.writeString(file, notes);
        robot.interact(() -> main.open(file));
        waitUntil(() -> main.document().isOpen());
        TextField employer = shown(robot, "#employer", TextField.class);
        TextField position = shown(robot, "#position", TextField.class);
        TextArea address = shown(robot, "#employer-address", TextArea.class);
        waitUntil(employer::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(employer.getText()).isEqualTo("Northgate Software Ltd");
        assertThat(position.getText()).isEqualTo("Regional Sales Manager, North");
        assertThat(roomFor(employer)).as("the employer's name fits its field").isTrue();
        assertThat(roomFor(position)).as("the position fits its field").isTrue();
        javafx.scene.control.ScrollPane page = pageOf(employer);
        assertThat(page.getContent().getLayoutBounds().getWidth())
                .as("the page fits beside the letter, no sideways scroll bar")
                .isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 1);
        assertThat(address.getText().lines().count()).isEqualTo(3);
        ScrollBar bar = (ScrollBar) address.lookupAll(".scroll-bar").stream()
                .filter(n -> ((ScrollBar) n).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .findFirst().orElseThrow();
        assertThat(bar.isVisible()).as("the address's three lines in sight without scrolling").isFalse();
    }

    private static javafx.scene.control.ScrollPane pageOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("not on a scrolling page");
    }

    private static <T extends Node> T shown(FxRobot robot, String query, Class<T> type) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> n.getScene() != null).orElse(false));
        return robot.lookup(query).queryAs(type);
    }

    /** The field's text is narrower than the room inside its padding, so none of it is scrolled out of sight. */
    private static boolean roomFor(TextField field) {
        Text text = new Text(field.getText());
        text.setFont(field.getFont());
        Bounds bounds = field.getLayoutBounds();
        double room = bounds.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return text.getLayoutBounds().getWidth() < room;
    }
}
