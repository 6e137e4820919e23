package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The letter page's send area as a British tester used it at laptop size: "No mail program is set up …" appeared
 * in red, the buttons under it moved down, and the next click hit the wrong one.
 */
@ExtendWith(ApplicationExtension.class)
class LetterSendAreaWindowTest {
    private static final List<String> BUTTONS = List.of("#send-mail-program", "#send-gmail", "#send-outlook",
            "#send-eml", "#send-copy-body", "#mark-sent");
    private MainViewModel main;
    private Stage stage;

    private final FakeDialogs dialogs = new FakeDialogs();
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().threaded().dialogs(dialogs).opener(RecordingPlatform.opensNothing().opener())
                .shownAt(stage, 1024, 700);
    }

    private List<Double> places(FxRobot robot) {
        List<Double> places = new ArrayList<>();
        for (String id : BUTTONS) {
            Node button = robot.lookup(id).query();
            places.add(button.localToScene(button.getLayoutBounds()).getMinX());
            places.add(button.localToScene(button.getLayoutBounds()).getMinY());
        }
        return places;
    }

    @Test
    void aMessageUnderTheSendButtonsMovesNoButton(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            for (Locale language : List.of(I18n.ENGLISH, I18n.NORWEGIAN)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.i18n().localeProperty().set(language);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + " " + language;
                UiTestSupport.reveal(robot, "#mark-sent");
                WaitForAsyncUtils.waitForFxEvents();
                List<Double> before = places(robot);
                Label message = robot.lookup("#send-message").queryAs(Label.class);
                robot.interact(() -> robot.lookup("#send-mail-program").queryButton().fire());
                waitUntil(() -> message.getText().contains(language == I18n.ENGLISH ? "No mail program"
                        : "e-postprogram"));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot)).as(where + ": the buttons' places after the red message").isEqualTo(before);
                Text drawn = (Text) message.lookup(".text");
                assertThat(drawn.getText()).as(where + ": the message whole").isEqualTo(message.getText());
                robot.interact(() -> robot.lookup("#send-copy-subject").queryButton().fire());
                waitUntil(() -> !message.getText().contains("e-post") && !message.getText().contains("mail program"));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot)).as(where + ": and after a shorter one").isEqualTo(before);
            }
        }
    }

    /**
     * The Norwegian tester at 1024×700 had to scroll the letter page to reach Save PDF, the send buttons and Mark
     * as sent, and the red message of a send came out below the window's edge.
     */
    @Test
    void theLetterActionsAreInSightAt1024By700AndASendFromThemShowsItsMessage(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#save-pdf", "#letter-send-menu", "#mark-sent")) {
            assertThat(inSight(robot.lookup(id).query())).as(id + " in sight without scrolling").isTrue();
        }
        assertThat(robot.lookup("#next").query().isVisible()).as("no Next on the last page").isFalse();
        robot.clickOn("#letter-send-menu").clickOn("#send-menu-gmail");
        Label message = robot.lookup("#send-message").queryAs(Label.class);
        waitUntil(() -> !message.getText().isEmpty());
        waitUntil(() -> inSight(message));
        robot.interact(() -> main.wizard().goTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#letter-actions").query().isVisible()).as("the letter's actions on the letter page only")
                .isFalse();
        assertThat(robot.lookup("#next").query().isVisible()).isTrue();
    }

    /** The English tester had no browser: the Gmail email could not get out that way, and the link was nowhere. */
    @Test
    void aGmailLinkNoBrowserOpenedCanBeCopiedIntoOne(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#send-copy-link").query().isVisible()).as("no link to copy before a try").isFalse();
        robot.clickOn("#letter-send-menu").clickOn("#send-menu-gmail");
        waitUntil(() -> robot.lookup("#send-copy-link").query().isVisible());
        Label message = robot.lookup("#send-message").queryAs(Label.class);
        waitUntil(() -> inSight(message) && inSight(robot.lookup("#send-copy-link").query()));
        robot.clickOn("#send-copy-link");
        String[] pasted = new String[1];
        waitUntil(() -> {
            robot.interact(() -> pasted[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
            return pasted[0] != null && pasted[0].startsWith("https://mail.google.com/");
        });
        assertThat(pasted[0]).contains("su=").contains("body=");
        assertThat(message.getText()).startsWith("The link is on the clipboard");
    }

    /** "Show PDF in folder" with nothing to open the folder said so far below the button, out of sight at 1024×700. */
    @Test
    void whatShowingTheFolderSaysIsInSight(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        Path pdf = folder.resolve("letter.pdf");
        dialogs.pdfToSave = pdf;
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf));
        // scrolled down just until the button shows, at the bottom of the page, as a user scrolls to it
        robot.interact(() -> {
            Node button = robot.lookup("#show-pdf").query();
            for (javafx.scene.Parent parent = button.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                    double content = scroll.getContent().getBoundsInLocal().getHeight();
                    double view = scroll.getViewportBounds().getHeight();
                    double bottom = scroll.getContent().sceneToLocal(button.localToScene(button.getBoundsInLocal()))
                            .getMaxY();
                    scroll.setVvalue(Math.max(0, Math.min(1, (bottom - view) / (content - view))));
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#show-pdf");
        Label message = robot.lookup("#send-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Nothing could open the folder"));
        waitUntil(() -> inSight(message));
    }

    /** Wholly inside the window and inside every scroll pane it is on: on screen without scrolling. */
    private boolean inSight(Node node) {
        javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getMinY() < 0 || bounds.getMaxY() > stage.getScene().getHeight()
                || bounds.getMaxX() > stage.getScene().getWidth()) {
            return false;
        }
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                if (bounds.getMinY() < view.getMinY() || bounds.getMaxY() > view.getMaxY()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Three testers looked for the copy buttons in the bottom bar's Send menu. */
    @Test
    void theSendMenuCopiesThePartsOneByOne(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#letter-send-menu").clickOn("#send-menu-copy-subject");
        String[] pasted = new String[1];
        waitUntil(() -> {
            robot.interact(() -> pasted[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
            return pasted[0] != null && pasted[0].equals(main.wizard().page(LetterPageViewModel.class).letterProperty().get().subject());
        });
        Label message = robot.lookup("#send-message").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("subject") && inSight(message));
    }
}
