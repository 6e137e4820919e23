package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The letter page as a new user found it on a small laptop: at 1024×700 the PDF beside the editor was drawn at
 * 38 %, too small to read, until "wide view" was clicked. At both laptop sizes and in both languages the letter's
 * text must be readable in the preview while the editor keeps a dozen lines.
 */
@ExtendWith(ApplicationExtension.class)
class LetterPageLayoutTest {
    /** The letter's body text in points (LetterPdf), and an A4 page's width in points. */
    private static final double BODY_POINTS = 10.5;
    private static final double A4_POINTS = 595.28;
    /** The smallest body text, in screen pixels, that the users who reported it could read without effort. */
    private static final double READABLE_PIXELS = 9;
    private static final double EDITOR_MIN_HEIGHT = 250;
    private static final double EDITOR_MIN_WIDTH = 340;

    private MainViewModel main;
    private Stage stage;
    private final FakeDialogs dialogs = new FakeDialogs();
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.norwegian().threaded().dialogs(dialogs).shownAt(stage, 1024, 700);
    }

    private void openTheLetterPage(FxRobot robot) {
        // a copy: marking the letter as sent saves the file
        Path copy = Samples.copy(Samples.NORDLYS, folder);
        robot.interact(() -> main.open(copy));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        waitUntil(() -> robot.lookup("#pdf-page-1 .image-view").tryQuery()
                .map(view -> ((ImageView) view).getImage() != null).orElse(false));
    }

    private static double bodyTextPixels(FxRobot robot) {
        ImageView page = (ImageView) robot.lookup("#pdf-page-1 .image-view").query();
        return page.getBoundsInParent().getWidth() / A4_POINTS * BODY_POINTS;
    }

    @Test
    void theLetterIsReadableInThePreviewBesideAUsableEditorAtLaptopSizes(FxRobot robot) {
        openTheLetterPage(robot);
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.i18n().localeProperty().set(language);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + " " + language;
                // the preview follows the width a pulse or two later
                waitUntil(() -> bodyTextPixels(robot) >= READABLE_PIXELS);
                TextArea editor = robot.lookup("#letter-body").queryAs(TextArea.class);
                Bounds shown = editor.localToScene(editor.getLayoutBounds());
                if (editor.getHeight() < EDITOR_MIN_HEIGHT || editor.getWidth() < EDITOR_MIN_WIDTH) {
                    problems.add(where + ": editor " + editor.getWidth() + "×" + editor.getHeight());
                }
                if (shown.getMaxX() > stage.getScene().getWidth()) {
                    problems.add(where + ": editor runs off the window at " + shown.getMaxX());
                }
                Node preview = robot.lookup("#pdf-preview").query();
                if (preview.getScene() == null || !preview.isVisible()) {
                    problems.add(where + ": no preview beside the editor");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thePageNamesFoldToNumbersOnlyWhereTheLetterNeedsTheRoom(FxRobot robot) {
        openTheLetterPage(robot);
        assertThat(stepText(robot, 0)).as("folded at 1024").isEqualTo("✓ 1");
        robot.interact(() -> main.wizard().goTo(0));
        waitUntil(() -> stepText(robot, 0).endsWith("1. Intervju"));
        robot.interact(() -> {
            main.wizard().goTo(main.wizard().pages().size() - 1);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitUntil(() -> stepText(robot, 0).endsWith("1. Intervju"));
    }

    /**
     * The next step's hint at 1024×700 in Norwegian, on a round with long milestones: the plan's table made the page
     * wider than the room beside the page names, and the hint ran off its right edge behind a sideways scroll bar.
     */
    @Test
    void theNextStepHintIsWholeAt1024WithALongPlan(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(
                app.followup.ui.wizard.pages.NextStepPageViewModel.class)));
        waitUntil(() -> robot.lookup("#next-what-hint").tryQuery().map(n -> n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node hint = robot.lookup("#next-what-hint").query();
        ScrollPane page = (ScrollPane) robot.lookup(".scroll-pane").queryAll().stream()
                .filter(pane -> pane instanceof ScrollPane scroll && scroll.getContent() != null
                        && scroll.getContent().lookup("#next-what-hint") != null)
                .findFirst().orElseThrow();
        waitUntil(() -> {
            Bounds view = page.localToScene(page.getLayoutBounds());
            return hint.localToScene(hint.getLayoutBounds()).getMaxX() <= view.getMaxX();
        });
        assertThat(robot.lookup(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.isVisible() && bar.getParent() != null && isInside(bar, page)).queryAll())
                .as("no sideways scroll bar under the page").isEmpty();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Back to the generated letter" and "Undo: bring back my edit" came out cut at 1280×800 in English. Every button
     * on the letter page whole, at both laptop sizes and in both languages, in the states that show these two: an
     * edited letter, and after going back with the undo offered.
     */
    @Test
    void noButtonTextIsCutInTheEditedAndUndoStates(FxRobot robot) {
        openTheLetterPage(robot);
        List<String> cut = new ArrayList<>();
        for (String state : List.of("edited", "undo offered")) {
            if (state.equals("edited")) {
                TextArea editor = robot.lookup("#letter-body").queryAs(TextArea.class);
                robot.interact(() -> editor.setText(editor.getText().replaceFirst("Hei", "Kjære")));
                waitUntil(() -> !robot.lookup("#letter-reset").queryButton().isDisabled());
            } else {
                robot.interact(() -> robot.lookup("#letter-reset").queryButton().fire());
                waitUntil(() -> robot.lookup("#letter-undo-reset").queryButton().isVisible());
            }
            for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
                for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        main.i18n().localeProperty().set(language);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> stage.getScene().getRoot().layout());
                    String where = state + " " + (int) size[0] + "×" + (int) size[1] + " " + language;
                    for (javafx.scene.control.Button button : robot.lookup(".button")
                            .queryAllAs(javafx.scene.control.Button.class)) {
                        Text drawn = (Text) button.lookup(".text");
                        if (isShown(button) && drawn != null && button.getText() != null
                                && !button.getText().isBlank() && !drawn.getText().equals(button.getText())
                                && drawn.getText().endsWith(button.getEllipsisString())) {
                            cut.add(where + ": \"" + button.getText() + "\" shown as \"" + drawn.getText() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(cut).isEmpty();
        assertThat(robot.lookup("#letter-undo-reset").queryButton().isVisible()).isTrue();
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The subject opened scrolled to its end, its start hidden; a long one was cut at "a plan towards a". */
    @Test
    void theSubjectShowsItsStartAndAllItsWords(FxRobot robot) {
        robot.interact(() -> main.i18n().localeProperty().set(I18n.ENGLISH));
        openTheLetterPage(robot);
        TextArea subject = robot.lookup("#letter-subject").queryAs(TextArea.class);
        robot.interact(() -> subject.setText("Follow-up after our second interview about the key account manager "
                + "role at Nordlys Energi, with the plan we spoke of"));
        robot.interact(() -> main.wizard().goTo(0));
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea letter = robot.lookup("#letter-body").queryAs(TextArea.class);
        waitUntil(letter::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letter.getCaretPosition()).as("the letter opens at its top").isZero();
        Text text = (Text) subject.lookup(".text");
        Bounds field = subject.localToScene(subject.getLayoutBounds());
        Bounds drawn = text.localToScene(text.getLayoutBounds());
        assertThat(drawn.getMinX()).as("the first letter is in the field, not scrolled off to the left")
                .isGreaterThanOrEqualTo(field.getMinX());
        assertThat(letter.getSelectedText()).as("nothing selected for one key to overwrite").isEmpty();
        ScrollPane inside = (ScrollPane) subject.lookup(".scroll-pane");
        waitUntil(() -> inside.getContent().getLayoutBounds().getHeight()
                <= inside.getViewportBounds().getHeight() + 0.5);
    }

    /** At 1024×700 the line "Sent 28 November 2026. This is the letter as it was sent." came out cut in half. */
    @Test
    void theSentLineIsWhollyInSightAfterMarkAsSent(FxRobot robot) {
        openTheLetterPage(robot);
        UiTestSupport.reveal(robot, "#mark-sent");
        robot.clickOn("#mark-sent");
        Label sent = robot.lookup("#letter-sent").queryAs(Label.class);
        waitUntil(() -> !sent.getText().isEmpty());
        ScrollPane page = pageOf(sent);
        waitUntil(() -> {
            Bounds line = sent.localToScene(sent.getLayoutBounds());
            Bounds shown = page.localToScene(page.getLayoutBounds());
            return line.getMaxY() <= shown.getMaxY() && line.getMinY() >= shown.getMinY();
        });
    }

    /** "E-postutkastet er lagret: … Åpne det i e-postprogrammet …" ran off the right edge at 1024×700. */
    @Test
    void theStatusLineWrapsALongMessageInsideTheWindow(FxRobot robot) throws Exception {
        dialogs.emlToSave = Files.createDirectories(folder).resolve(
                "Nordvik-Emballasje-Oppsummering-etter-møtet-28-november-en-plan-frem-mot-en-beslutning.eml");
        openTheLetterPage(robot);
        UiTestSupport.reveal(robot, "#send-eml");
        robot.clickOn("#send-eml");
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil(() -> status.getText().contains(".eml"));
        WaitForAsyncUtils.waitForFxEvents();
        Text drawn = (Text) status.lookup(".text");
        assertThat(drawn.getText()).as("the whole message, not cut with an ellipsis")
                .doesNotEndWith(status.getEllipsisString()).contains("e-postprogrammet");
        assertThat(status.localToScene(status.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(status.getScene().getWidth());
    }

    private static ScrollPane pageOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("not on a scrolling page");
    }

    private static String stepText(FxRobot robot, int index) {
        return robot.lookup("#steps .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getIndex() == index).findFirst().map(cell -> cell.getText()).orElse("");
    }
}
