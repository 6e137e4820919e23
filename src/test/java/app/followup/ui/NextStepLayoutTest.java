package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The next step page with Vestland's plan of four milestones, as a Norwegian user saw it at 1280×800: the plan's
 * table took the whole width and the live letter folded away, and the next step's date field was half the page
 * wide. At 1280×800 and 1920×1080 the letter stays beside the page; at every size, 1024×700 too, the dates are as
 * wide as a date, each milestone shows all its words, and no heading, label or owner is cut short.
 */
@ExtendWith(ApplicationExtension.class)
class NextStepLayoutTest {
    /** The live letter's least share of the window's width where it stays beside the page. */
    private static final double LETTER_SHARE = 0.25;
    /** A date and its calendar button, with room to spare; the field was 460 px wide at 1280×800. */
    private static final double DATE_MOST = 170;

    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.norwegian().threaded().shownAt(stage, 1280, 800);
    }

    @Test
    void thePlanLeavesTheLetterInSightAndCutsNothing(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        UiTestSupport.waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.document().showRound(1));
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(NextStepPageViewModel.class)));
        UiTestSupport.waitUntil(() -> milestones(robot).size() == 4);
        List<String> problems = new ArrayList<>();
        for (double[] size : List.of(new double[] {1024, 700}, new double[] {1280, 800}, new double[] {1920, 1080})) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                robot.interact(() -> {
                    main.i18n().localeProperty().set(language);
                    // on the screen whole: the headless screen's frame buffer holds no more
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                String where = (int) size[0] + "×" + (int) size[1] + " " + language + ": ";
                problems.addAll(settled(robot, () -> problems(robot, size)).stream()
                        .map(problem -> where + problem).toList());
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The problems once the window has settled: the room is made over a few pulses after a resize. */
    private List<String> settled(FxRobot robot, java.util.function.Supplier<List<String>> look) {
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> last.set(0, look.get()));
                return last.get(0).isEmpty();
            });
        } catch (TimeoutException stillThere) {
            // reported below, as they were at the last look
        }
        return last.get(0);
    }

    private List<String> problems(FxRobot robot, double[] size) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        List<String> problems = new ArrayList<>();
        if (stage.getWidth() != size[0] || stage.getHeight() != size[1]) {
            problems.add("the window is " + stage.getWidth() + "×" + stage.getHeight());
        }
        // at 1024×700 a page with a table has the window's width, as the participants page has: the letter folds
        if (size[0] >= 1280) {
            Node letter = robot.lookup("#live-letter").tryQuery().filter(NextStepLayoutTest::shown).orElse(null);
            double width = letter == null ? 0 : letter.getLayoutBounds().getWidth();
            if (width < stage.getWidth() * LETTER_SHARE) {
                problems.add("the live letter is " + Math.round(width) + " px wide, of " + stage.getWidth());
            }
        }
        for (DatePicker date : robot.lookup(node -> node instanceof DatePicker && shown(node))
                .queryAllAs(DatePicker.class)) {
            if (date.getWidth() > DATE_MOST) {
                problems.add(date.getId() + " is " + Math.round(date.getWidth()) + " px wide");
            }
            TextField editor = date.getEditor();
            double room = editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset();
            if (widthOf(editor.getText(), editor) > room) {
                problems.add(date.getId() + " cuts \"" + editor.getText() + "\" in " + Math.round(room) + " px");
            }
        }
        for (TextInputControl milestone : milestones(robot)) {
            if (!showsAllOf(milestone)) {
                problems.add("\"" + milestone.getText() + "\" does not show all its words");
            }
        }
        ScrollPane page = pageOf(milestones(robot).get(0));
        if (page.getContent().minWidth(-1) > page.getViewportBounds().getWidth() + 0.5) {
            problems.add("the page scrolls sideways");
        }
        for (Labeled labeled : robot.lookup(node -> node instanceof Labeled && shown(node) && inside(node, page))
                .queryAllAs(Labeled.class)) {
            Text drawn = (Text) labeled.lookup(".text");
            String full = labeled.getText();
            if (full != null && !full.isBlank() && drawn != null && !drawn.getText().equals(full)
                    && drawn.getText().endsWith(labeled.getEllipsisString())) {
                problems.add("\"" + full + "\" shown as \"" + drawn.getText() + "\"");
            }
        }
        return problems;
    }

    /** A wrapping field all its lines, with no scrolling; a one-line field its whole text. */
    private static boolean showsAllOf(TextInputControl field) {
        if (field instanceof TextArea area) {
            ScrollPane inside = (ScrollPane) area.lookup(".scroll-pane");
            return inside.getContent().getLayoutBounds().getHeight() <= inside.getViewportBounds().getHeight() + 0.5;
        }
        return widthOf(field.getText(), field) <= field.getWidth() - field.snappedLeftInset()
                - field.snappedRightInset();
    }

    private static double widthOf(String text, TextInputControl field) {
        Text measured = new Text(text);
        measured.setFont(field.getFont());
        return measured.getLayoutBounds().getWidth();
    }

    private static List<TextInputControl> milestones(FxRobot robot) {
        return robot.lookup("#milestone-what").queryAllAs(TextInputControl.class).stream()
                .filter(NextStepLayoutTest::shown).toList();
    }

    private static ScrollPane pageOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null
                    && scroll.getContent().getStyleClass().contains("wizard-page")) {
                return scroll;
            }
        }
        throw new AssertionError("not on a page");
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
