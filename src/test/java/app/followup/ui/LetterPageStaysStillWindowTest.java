package app.followup.ui;

import java.nio.file.Path;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user is about to click on the letter page stays where it is when they press a button (the trials at
 * 1024×700 and 1280×800): "Copy the link" appeared on a line of its own and moved the copy buttons down by 34
 * pixels, and "Mark as sent" put a line and two buttons above the letter and pushed the whole page down.
 */
@ExtendWith(ApplicationExtension.class)
class LetterPageStaysStillWindowTest {
    @TempDir
    Path folder;
    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // no browser: the Gmail link is offered to copy, as on the testers' machines
        main = TestWindow.norwegian().threaded().opener(RecordingPlatform.opensNothing().opener())
                .shownAt(stage, 1024, 700);
    }

    @Test
    void openingGmailWithoutABrowserAndCopyingTheLinkMoveNoButton(FxRobot robot) {
        openTheLetterPage(robot);
        // scrolled to the end of the page, where the send area is, as the user was when they pressed it
        robot.interact(() -> pageOf(robot.lookup("#send-gmail").query()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> buttons = List.of("#send-gmail", "#send-outlook", "#send-eml", "#send-copy-recipients",
                "#send-copy-body");
        List<Double> before = places(robot, buttons);
        robot.clickOn("#send-gmail");
        waitUntil(() -> robot.lookup("#send-copy-link").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places(robot, buttons)).as("the buttons after Copy the link appeared").isEqualTo(before);

        Label message = robot.lookup("#send-message").queryAs(Label.class);
        String offered = message.getText();
        List<String> withLink = new ArrayList<>(buttons);
        withLink.add("#send-copy-link");
        List<Double> beforeCopy = places(robot, withLink);
        robot.clickOn("#send-copy-link");
        waitUntil(() -> !message.getText().equals(offered));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places(robot, withLink)).as("the buttons after the link was copied").isEqualTo(beforeCopy);
    }

    @Test
    void markingAsSentAndEditingAnywayMoveNothingOnThePage(FxRobot robot) {
        openTheLetterPage(robot);
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.i18n().localeProperty().set(language);
                    pageOf(robot.lookup("#letter-body").query()).setVvalue(0);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + " " + language + ": ";
                List<String> page = List.of("#letter-subject", "#letter-body", "#show-pdf", "#send-gmail");
                List<Double> before = places(robot, page);
                robot.clickOn("#mark-sent");
                Label sent = robot.lookup("#letter-sent").queryAs(Label.class);
                waitUntil(() -> !sent.getText().isEmpty() && robot.lookup("#letter-edit-anyway").query().isVisible());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot, page)).as(where + "the page after Mark as sent").isEqualTo(before);
                assertThat(sent.localToScene(sent.getLayoutBounds()).getMaxY()).as(where + "the sent line in sight")
                        .isLessThanOrEqualTo(stage.getScene().getHeight());

                List<Double> notSent = places(robot, List.of("#letter-unmark-sent"));
                robot.clickOn("#letter-edit-anyway");
                waitUntil(() -> !robot.lookup("#letter-edit-anyway").query().isVisible());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot, List.of("#letter-unmark-sent"))).as(where + "Not sent after all after Edit anyway")
                        .isEqualTo(notSent);
                assertThat(places(robot, page)).as(where + "the page after Edit anyway").isEqualTo(before);
                robot.clickOn("#letter-unmark-sent");
                waitUntil(() -> sent.getText().isEmpty());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot, page)).as(where + "the page after Not sent after all").isEqualTo(before);
            }
        }
    }

    private void openTheLetterPage(FxRobot robot) {
        // a copy: marking the letter as sent saves the file
        Path copy = Samples.copy(Samples.NORDLYS, folder);
        robot.interact(() -> main.open(copy));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        waitUntil(() -> robot.lookup("#letter-body").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where each is drawn in the window, left and top. */
    private static List<Double> places(FxRobot robot, List<String> ids) {
        List<Double> places = new ArrayList<>();
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            places.add(Math.rint(node.localToScene(node.getLayoutBounds()).getMinX()));
            places.add(Math.rint(node.localToScene(node.getLayoutBounds()).getMinY()));
        }
        return places;
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
