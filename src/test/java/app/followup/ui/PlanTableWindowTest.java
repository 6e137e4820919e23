package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.model.Owner;
import app.followup.model.Step;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.OwnerChoice;
import javafx.scene.input.KeyCode;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The next step page's plan table at laptop size, as a British tester used it: owners named, rows removed. */
@ExtendWith(ApplicationExtension.class)
class PlanTableWindowTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.english().threaded().shownAt(stage, 1024, 700);
    }

    /** Vestland's decision round: four milestones, two the employer's (Marte's reference check, the decision). */
    private void openThePlan(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.document().showRound(1));
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(NextStepPageViewModel.class)));
        waitUntil(() -> whats(robot).size() == 4 && whats(robot).get(0).getScene() != null);
    }

    private static List<TextArea> whats(FxRobot robot) {
        return robot.lookup("#milestone-what").queryAllAs(TextArea.class).stream()
                .filter(field -> field.getScene() != null)
                .sorted((a, b) -> Double.compare(sceneY(a), sceneY(b))).toList();
    }

    private static List<String> owners(FxRobot robot) {
        return robot.lookup("#milestone-owner").queryAll().stream().filter(node -> node.getScene() != null)
                .sorted((a, b) -> Double.compare(sceneY(a), sceneY(b)))
                .map(node -> ((ComboBox<?>) node).getButtonCell()).map(ListCell::getText).toList();
    }

    private static double sceneY(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinY();
    }

    /**
     * "The employer" was the company on one row and a person on the next: the table names the employer's side as
     * the letter does, the person the notes give, the decision maker for the decision, else the company.
     */
    @Test
    void theEmployersStepsAreNamedAsTheLetterNamesThem(FxRobot robot) {
        openThePlan(robot);
        waitUntil(() -> owners(robot).equals(List.of("Me", "Marte", "Me", "Anders")));
        TextArea decision = whats(robot).get(3);
        robot.interact(() -> decision.setText("Board meeting"));
        waitUntil(() -> owners(robot).get(3).equals("Vestland Energi"));
        robot.interact(() -> main.i18n().localeProperty().set(I18n.NORWEGIAN));
        waitUntil(() -> owners(robot).equals(List.of("Meg", "Marte", "Meg", "Vestland Energi")));
    }

    /**
     * The owner could only be "Me" or "The employer", so every employer row was the company's in the letter: the
     * list offers each person of the employer's side by the letter's name for them, and choosing one names them.
     */
    @Test
    void aPlanStepCanBeGivenToAPersonOfTheEmployer(FxRobot robot) {
        openThePlan(robot);
        waitUntil(() -> owners(robot).equals(List.of("Me", "Marte", "Me", "Anders")));
        ComboBox<?> third = ownerBoxes(robot).get(2);
        assertThat(List.<Object>copyOf(third.getItems())).containsExactly(OwnerChoice.ME, OwnerChoice.person("Anders"),
                OwnerChoice.person("Marte"), OwnerChoice.EMPLOYER);
        robot.interact(third::requestFocus);
        robot.type(KeyCode.DOWN, 2);
        waitUntil(() -> owners(robot).get(2).equals("Marte"));
        Step chosen = main.document().round().milestones().get(2);
        assertThat(chosen.owner()).isEqualTo(Owner.EMPLOYER);
        assertThat(chosen.who()).isEqualTo("Marte");

        // back to "Me": no one on the employer's side stays named for it
        robot.type(KeyCode.UP, 2);
        waitUntil(() -> owners(robot).get(2).equals("Me"));
        assertThat(main.document().round().milestones().get(2).who()).isNull();
    }

    /**
     * "Suggest a plan" saved the recruiter by her full name, which the owner list does not offer (it names her as the
     * letter does): a Norwegian tester saw the bare "OwnerChoice[owner=…" in the box. It shows her name, and showing
     * the plan does not edit it.
     */
    @Test
    void anOwnerSavedByTheirFullNameShowsAsTheLetterNamesThem(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.document().showRound(1));
        robot.interact(() -> main.document().updateRound(round -> round.withMilestones(round.milestones().stream()
                .map(step -> "Marte".equals(step.who()) ? step.withWho("Marte Solberg") : step).toList())));
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(NextStepPageViewModel.class)));
        waitUntil(() -> owners(robot).equals(List.of("Me", "Marte", "Me", "Anders")));
        assertThat(ownerBoxes(robot).get(1).getValue()).isEqualTo(OwnerChoice.person("Marte"));
        assertThat(main.document().round().milestones().get(1).who()).isEqualTo("Marte Solberg");
    }

    /** The same after "Suggest a plan" on an empty plan, where the testers saw it: every owner is shown by name. */
    @Test
    void aSuggestedPlanShowsEveryOwnerByName(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.document().showRound(1));
        robot.interact(() -> main.document().updateRound(round -> round.withMilestones(List.of())));
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(NextStepPageViewModel.class)));
        UiTestSupport.reveal(robot, "#suggest-plan");
        robot.clickOn("#suggest-plan");
        waitUntil(() -> !owners(robot).isEmpty()
                && owners(robot).size() == main.document().round().milestones().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(owners(robot)).as("the owners shown").allSatisfy(name -> assertThat(name).isNotBlank()
                .doesNotContain("OwnerChoice"));
    }

    private static List<ComboBox<?>> ownerBoxes(FxRobot robot) {
        return robot.lookup("#milestone-owner").queryAll().stream().filter(node -> node.getScene() != null)
                .sorted((a, b) -> Double.compare(sceneY(a), sceneY(b))).<ComboBox<?>>map(node -> (ComboBox<?>) node)
                .toList();
    }

    /** Removing a plan row scrolled the page: the rows above stay where they were, the next row takes the focus. */
    @Test
    void removingARowLeavesThePageWhereItWas(FxRobot robot) {
        openThePlan(robot);
        UiTestSupport.reveal(robot, "#milestones-remove");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea second = whats(robot).get(1);
        TextArea third = whats(robot).get(2);
        TextArea fourth = whats(robot).get(3);
        robot.clickOn(third);
        waitUntil(third::isFocused);
        double before = sceneY(second);
        javafx.scene.control.ScrollPane page = pageOf(second);
        double pageHeight = page.getContent().getLayoutBounds().getHeight();
        robot.clickOn("#milestones-remove");
        waitUntil(() -> whats(robot).size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sceneY(second)).as("the row above the removed one stays put").isCloseTo(before,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(fourth.isFocused()).as("the row that took its place has the focus").isTrue();
        // the blank room held below the page goes once the user scrolls up
        robot.interact(() -> page.setVvalue(0));
        waitUntil(() -> page.getContent().getLayoutBounds().getHeight() < pageHeight);
    }

    /**
     * A milestone wraps in its narrow column, yet it is one line of the letter's plan: Enter adds no line break, and
     * a pasted one becomes a space.
     */
    @Test
    void aMilestoneStaysOneLine(FxRobot robot) {
        openThePlan(robot);
        TextArea decision = whats(robot).get(3);
        robot.interact(() -> {
            decision.requestFocus();
            decision.end();
        });
        waitUntil(decision::isFocused);
        robot.type(KeyCode.ENTER);
        robot.interact(() -> decision.replaceSelection(" for\nthe board"));
        assertThat(decision.getText()).isEqualTo("Beslutning og tilbud for the board");
        waitUntil(() -> "Beslutning og tilbud for the board".equals(main.document().round().milestones().get(3).what()));
    }

    /** At 1024×700 the milestones wrapped at three words while the owner column stood half empty. */
    @Test
    void theMilestoneTakesTheWidthAndTheOwnerOnlyWhatItNeeds(FxRobot robot) {
        openThePlan(robot);
        List<ComboBox<?>> boxes = robot.lookup("#milestone-owner").queryAll().stream()
                .filter(node -> node.getScene() != null).<ComboBox<?>>map(node -> (ComboBox<?>) node).toList();
        TextArea what = whats(robot).get(0);
        waitUntil(() -> what.getWidth() > 0 && boxes.get(0).getWidth() > 0);
        double owner = boxes.stream().mapToDouble(ComboBox::getWidth).max().orElseThrow();
        double needed = boxes.stream().mapToDouble(box -> box.prefWidth(-1)).max().orElseThrow();
        assertThat(owner).as("the owner column holds its widest name, no more").isLessThanOrEqualTo(needed + 1);
        assertThat(what.getWidth()).as("the milestone gets the width").isGreaterThan(owner * 1.5);
    }

    private static javafx.scene.control.ScrollPane pageOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("not on a scrolling page");
    }
}
