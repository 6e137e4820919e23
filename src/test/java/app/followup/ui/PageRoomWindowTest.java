package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room the page and the live letter share, as a British tester saw it change at 1024×700. */
@ExtendWith(ApplicationExtension.class)
class PageRoomWindowTest {
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().threaded().shownAt(stage, 1024, 700);
    }

    private void openParticipants(FxRobot robot) {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().page(ParticipantsPageViewModel.class).participants().rows().clear());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ParticipantsPageViewModel.class)));
        waitUntil(() -> robot.lookup("#participants-add").tryQuery().map(n -> n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * After "Add participant" the table was drawn clipped behind the letter, with a sideways scroll bar, until the
     * letter stepped aside: the room is made in the pulse that lays the new row out, so no frame shows it cut.
     */
    @Test
    void aNewParticipantRowIsNeverDrawnClipped(FxRobot robot) {
        openParticipants(robot);
        Node add = robot.lookup("#participants-add").query();
        ScrollPane page = pageOf(add);
        Scene scene = add.getScene();
        List<String> clipped = new ArrayList<>();
        Runnable everyFrame = () -> {
            double needs = page.getContent().minWidth(-1);
            double shown = page.getViewportBounds().getWidth();
            if (needs > shown + 1) {
                clipped.add("needs " + needs + ", shown " + shown);
            }
        };
        robot.interact(() -> scene.addPostLayoutPulseListener(everyFrame));
        robot.clickOn(add);
        waitUntil(() -> main.wizard().page(ParticipantsPageViewModel.class).participants().rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scene.removePostLayoutPulseListener(everyFrame));
        assertThat(clipped).as("frames with the table cut behind the letter").isEmpty();
    }

    /**
     * Shrunk to 860×640 and grown back, the divider stayed where the small window had pushed it: the page and the
     * letter share the width as before. On the letter page, where the tester saw the preview left at 55 %.
     */
    @Test
    void growingTheWindowBackGivesTheLetterItsShareAgain(FxRobot robot) {
        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(LetterPageViewModel.class)));
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        double before = split.getDividerPositions()[0];
        // a window manager resizes in steps, each laid out: the split pane moves the divider itself on the way
        for (double width = 1024; width >= 860; width -= 41) {
            resize(robot, width, 640 + (width - 860) * 60 / 164);
        }
        for (double width = 860; width <= 1024; width += 41) {
            resize(robot, width, 640 + (width - 860) * 60 / 164);
        }
        waitUntil(() -> Math.abs(split.getDividerPositions()[0] - before) < 0.01);
        assertThat(split.getDividerPositions()[0]).isCloseTo(before, Offset.offset(0.01));
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane pageOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("not on a scrolling page");
    }
}
