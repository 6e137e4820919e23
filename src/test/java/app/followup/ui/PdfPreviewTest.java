package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.followup.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The letter page's true PDF preview as a user reads it: every page, where one is, page by page, zoomed. */
@ExtendWith(ApplicationExtension.class)
class PdfPreviewTest {
    private static final String LONG_PARAGRAPH = "\n\nThis paragraph is here to make the letter long enough that "
            + "the closing and the signature move onto a second page, as a long letter does.";

    private MainViewModel main;
    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().threaded().today(LocalDate.of(2026, 11, 26)).shownAt(stage, 1280, 800);
    }

    @BeforeEach
    void aTwoPageLetter(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(8));
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText(body.getText() + LONG_PARAGRAPH.repeat(14)));
        waitUntil(() -> "1 / 2".equals(pageNumber(robot)));
    }

    private static ScrollEvent ctrlWheelUp() {
        return new ScrollEvent(ScrollEvent.SCROLL, 200, 200, 200, 200, false, true, false, false, false, false,
                0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
                0, 0, null);
    }

    private static String pageNumber(FxRobot robot) {
        return robot.lookup("#pdf-page-number").queryAs(Label.class).getText();
    }

    private static ImageView page(FxRobot robot, int number) {
        return (ImageView) robot.lookup("#pdf-page-" + number + " .image-view").query();
    }

    private static ScrollPane scroll(FxRobot robot) {
        return robot.lookup("#pdf-scroll").queryAs(ScrollPane.class);
    }

    private static double scrolledPixels(FxRobot robot) {
        ScrollPane scroll = scroll(robot);
        double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        return Math.max(0, hidden) * scroll.getVvalue();
    }

    private static double shownWidth(FxRobot robot, int number) {
        return page(robot, number).getBoundsInParent().getWidth();
    }

    @Test
    void aTwoPageLetterShowsBothPagesAndWhichOneIsInView(FxRobot robot) {
        assertThat(robot.lookup(".pdf-sheet").queryAll()).hasSize(2);
        assertThat(page(robot, 2).getImage()).as("the second page is drawn, not left empty").isNotNull();
        assertThat(robot.lookup("#pdf-previous").queryButton().isDisabled()).isTrue();

        robot.clickOn("#pdf-next");
        waitUntil(() -> "2 / 2".equals(pageNumber(robot)));
        Bounds viewport = scroll(robot).localToScene(scroll(robot).getLayoutBounds());
        Bounds second = page(robot, 2).localToScene(page(robot, 2).getLayoutBounds());
        assertThat(scroll(robot).getVvalue()).as("the view moved down").isGreaterThan(0);
        assertThat(second.getMinY()).as("page 2 is in view").isLessThan(viewport.getMaxY() - 100);
        assertThat(robot.lookup("#pdf-next").queryButton().isDisabled()).isTrue();
        robot.clickOn("#pdf-zoom-in");
        waitUntil(() -> !robot.lookup("#pdf-fit-width").queryAs(ToggleButton.class).isSelected());
        assertThat(pageNumber(robot)).as("a zoom keeps the page in view").isEqualTo("2 / 2");

        robot.clickOn("#pdf-previous");
        waitUntil(() -> "1 / 2".equals(pageNumber(robot)));
        assertThat(scroll(robot).getVvalue()).isZero();
    }

    /** A tester reopened her file and the preview showed the bottom of the letter, where she had left the last. */
    @Test
    void aFileOpenedAgainShowsItsLetterFromTheTop(FxRobot robot) throws Exception {
        robot.clickOn("#pdf-next");
        waitUntil(() -> "2 / 2".equals(pageNumber(robot)) && scroll(robot).getVvalue() > 0);
        Path copy = Files.copy(Samples.NORDLYS, folder.resolve("nordlys.followup.json"));
        robot.interact(() -> main.document().saved(copy, main.document().notes()));

        robot.interact(() -> main.open(copy));
        waitUntil(() -> main.wizard().currentProperty().get() == 0);
        robot.interact(() -> main.wizard().goTo(8));
        waitUntil(() -> "1 / 1".equals(pageNumber(robot)));
        assertThat(scroll(robot).getVvalue()).as("the letter from its top").isZero();
    }

    @Test
    void zoomingInMakesThePageLargerAndDrawsItWithMorePixels(FxRobot robot) {
        double width = shownWidth(robot, 1);
        double pixels = page(robot, 1).getImage().getWidth();
        String percent = robot.lookup("#pdf-zoom").queryAs(Label.class).getText();

        // the first step up may still be drawn sharp enough by the pixels already there; the second is not
        robot.clickOn("#pdf-zoom-in").clickOn("#pdf-zoom-in");
        waitUntil(() -> page(robot, 1).getImage().getWidth() > pixels && page(robot, 2).getImage().getWidth() > pixels);
        assertThat(shownWidth(robot, 1)).isGreaterThan(width);
        assertThat(robot.lookup("#pdf-zoom").queryAs(Label.class).getText()).isNotEqualTo(percent).endsWith("%");
        assertThat(page(robot, 1).getImage().getWidth()).as("at least one image pixel per screen pixel: sharp")
                .isGreaterThanOrEqualTo(shownWidth(robot, 1));
    }

    @Test
    void zoomingInAtTheTopStaysAtTheTop(FxRobot robot) {
        robot.clickOn("#pdf-zoom-in");
        robot.clickOn("#pdf-zoom-in");
        robot.clickOn("#pdf-zoom-in");
        waitUntil(() -> shownWidth(robot, 1) > scroll(robot).getViewportBounds().getWidth());
        assertThat(pageNumber(robot)).isEqualTo("1 / 2");
        // what the eye sees: the view's top no more than a screen pixel below the top of the first page
        assertThat(scrolledPixels(robot)).isLessThan(1.0);
    }

    @Test
    void fitWidthFitsThePageToTheViewAgainAfterAZoom(FxRobot robot) {
        robot.clickOn("#pdf-zoom-in");
        robot.clickOn("#pdf-zoom-in");
        waitUntil(() -> shownWidth(robot, 1) > scroll(robot).getViewportBounds().getWidth());
        robot.clickOn("#pdf-fit-width");
        waitUntil(() -> shownWidth(robot, 1) < scroll(robot).getViewportBounds().getWidth());
        assertThat(shownWidth(robot, 1)).isCloseTo(scroll(robot).getViewportBounds().getWidth() - 20, offset(1.0));
    }

    @Test
    void theKeyboardAndTheWheelPageAndZoomWhenThePreviewHasFocus(FxRobot robot) {
        double width = shownWidth(robot, 1);
        robot.clickOn("#pdf-scroll");
        robot.push(KeyCode.PAGE_DOWN);
        waitUntil(() -> "2 / 2".equals(pageNumber(robot)));
        robot.push(KeyCode.PAGE_UP);
        waitUntil(() -> "1 / 2".equals(pageNumber(robot)));
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        waitUntil(() -> shownWidth(robot, 1) < width);
        double smaller = shownWidth(robot, 1);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        waitUntil(() -> shownWidth(robot, 1) > smaller);
        double larger = shownWidth(robot, 1);
        // the wheel as the window gets it with Ctrl held (the headless robot's wheel carries no modifier keys)
        robot.interact(() -> Event.fireEvent(scroll(robot), ctrlWheelUp()));
        waitUntil(() -> shownWidth(robot, 1) > larger);
        assertThat(pageNumber(robot)).as("the wheel zoomed rather than scrolled").isEqualTo("1 / 2");
    }

    @Test
    void wideViewGivesThePagesTheWholeWidthAndEscapeGivesTheEditorBack(FxRobot robot) {
        double width = shownWidth(robot, 1);
        robot.clickOn("#pdf-wide");
        waitUntil(() -> shownWidth(robot, 1) > width * 1.5);
        assertThat(robot.lookup("#letter-body").tryQuery()).as("the editor makes room").isEmpty();
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> Math.abs(shownWidth(robot, 1) - width) < 1);
        assertThat(robot.lookup("#letter-body").tryQuery()).isPresent();
    }
}
