package app.followup.ui;

import static app.followup.ui.UiTestSupport.reveal;
import static app.followup.ui.UiTestSupport.type;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.followup.Samples;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What is under the pointer stays where it is when the page gets shorter (the Norwegian trial at 1280×800): the
 * user's next click lands where it was aimed, and typing goes into the field it was meant for.
 */
@ExtendWith(ApplicationExtension.class)
public class PageStaysStillWindowTest {
    private static final int LETTER = 8;
    private static final String LONG_MILESTONE = "Ingrid bestemmer seg før jul, helst innen fredag 18. desember, "
            + "etter referansesjekken og presentasjonen av planen";
    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.norwegian().dialogs(dialogs).threaded().shownAt(stage, 1280, 800);
    }

    /** Shortening a milestone scrolled the page by the lines it lost, the second time (s30). */
    @Test
    void shorteningMilestonesAtTheFootOfThePageMovesNoneOfThem(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        // the round with the decision maker, which has a plan
        robot.interact(() -> main.document().showRound(1));
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(NextStepPageViewModel.class)));
        waitUntil(() -> milestones(robot).size() >= 2);
        List<TextInputControl> milestones = milestones(robot);
        TextInputControl last = milestones.get(milestones.size() - 1);
        TextInputControl before = milestones.get(milestones.size() - 2);
        robot.interact(() -> {
            last.setText(LONG_MILESTONE);
            before.setText(LONG_MILESTONE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane page = pageOf(last);
        robot.interact(() -> page.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getContent().getLayoutBounds().getHeight()).as("the page scrolls")
                .isGreaterThan(page.getViewportBounds().getHeight());

        for (TextInputControl field : List.of(last, before)) {
            double y = sceneY(robot, field);
            robot.clickOn(field);
            robot.interact(() -> field.setText("Beslutning og tilbud"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(sceneY(robot, field)).as("the milestone being shortened").isCloseTo(y, within(1.0));
        }
    }

    /** "Hva skjer videre" opened at its end, so that "Jeg ringer" was out of view (s80). */
    @Test
    void theNextStepShowsFromItsStartWhenThePageOpens(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        int nextStep = main.wizard().indexOf(NextStepPageViewModel.class);
        robot.interact(() -> main.wizard().page(NextStepPageViewModel.class).what.set("Jeg ringer Hans Petter for å "
                + "avtale tidspunkt for presentasjonen av 90-dagersplanen for ham og Ingrid"));
        robot.interact(() -> main.wizard().goTo(nextStep - 1));
        robot.interact(() -> main.wizard().goTo(nextStep));
        waitUntil(() -> robot.lookup("#next-what").query().isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl what = robot.lookup("#next-what").queryAs(TextInputControl.class);
        assertThat(wholeInSight(what)).as("the step from its first word to its last").isTrue();
    }

    /** A wrapping field all its lines, with no scrolling; a one-line field its whole text. */
    private static boolean wholeInSight(TextInputControl field) {
        if (field instanceof javafx.scene.control.TextArea area) {
            ScrollPane inside = (ScrollPane) area.lookup(".scroll-pane");
            return inside.getContent().getLayoutBounds().getHeight() <= inside.getViewportBounds().getHeight() + 0.5;
        }
        javafx.scene.text.Text measured = new javafx.scene.text.Text(field.getText());
        measured.setFont(field.getFont());
        return measured.getLayoutBounds().getWidth() <= field.getWidth() - field.snappedLeftInset()
                - field.snappedRightInset();
    }

    /** "Lagre på nytt" took its notice away and the send buttons jumped up by its height. */
    @Test
    void savingAgainLeavesTheSendButtonsWhereTheyWere(FxRobot robot) throws Exception {
        Path notes = Files.copy(Samples.NORDLYS, folder.resolve("nordlys.followup.json"));
        robot.interact(() -> main.open(notes));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(LETTER));
        Path pdf = folder.resolve("brev.pdf");
        dialogs.pdfToSave = pdf;
        robot.interact(() -> main.wizard().page(app.followup.ui.wizard.pages.LetterPageViewModel.class)
                .exports().savePdf());
        waitUntil(() -> Files.exists(pdf));
        type(robot, "#letter-body", " Takk igjen.");
        waitUntil(() -> robot.lookup("#exports-out-of-date").query().isVisible());
        reveal(robot, "#save-again");
        WaitForAsyncUtils.waitForFxEvents();
        double y = sceneY(robot, robot.lookup("#letter-send").query());

        robot.clickOn("#save-again");
        waitUntil(() -> robot.lookup("#exports-out-of-date-text").queryLabeled().getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sceneY(robot, robot.lookup("#letter-send").query())).as("the send buttons")
                .isCloseTo(y, within(1.0));
    }

    private static double sceneY(FxRobot robot, Node node) {
        double[] y = new double[1];
        robot.interact(() -> y[0] = node.localToScene(node.getLayoutBounds()).getMinY());
        return y[0];
    }

    private static List<TextInputControl> milestones(FxRobot robot) {
        return robot.lookup("#milestone-what").queryAllAs(TextInputControl.class).stream()
                .filter(Node::isVisible).toList();
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
}
