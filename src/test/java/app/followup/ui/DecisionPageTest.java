package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.model.DecisionProcess;
import app.followup.model.Role;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.ScrollPane;
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

/** The decision page: the decider taken from the participants, and the steps box keeping its lines. */
@ExtendWith(ApplicationExtension.class)
class DecisionPageTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = new MainViewModel(new I18n(I18n.NORWEGIAN), new UserStore.InMemory(), new FakeDialogs(),
                new BackgroundRunner.Threaded(), () -> LocalDate.of(2026, 11, 27),
                new LetterComposer(new TemplateLibrary(null)));
        FollowUpApp.install(stage, main);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    /** Nordlys with no decider written down, and the given participants marked as decision makers. */
    private void openWithDeciders(FxRobot robot, int... deciders) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> {
            main.wizard().page(DecisionPageViewModel.class).decisionMaker.set("");
            var rows = main.wizard().page(ParticipantsPageViewModel.class).participants().rows();
            for (int index : deciders) {
                rows.get(index).role.set(Role.DECISION_MAKER);
            }
        });
    }

    private TextField decider(FxRobot robot) {
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(DecisionPageViewModel.class)));
        waitUntil(() -> robot.lookup("#decision-maker").tryQuery().map(n -> n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#decision-maker").queryAs(TextField.class);
    }

    private String saved() {
        DecisionProcess process = main.document().round().decisionProcess();
        return process == null ? null : process.decisionMaker();
    }

    @Test
    void theOneDecisionMakerAmongTheParticipantsFillsAnEmptyDecider(FxRobot robot) {
        openWithDeciders(robot, 1);
        assertThat(decider(robot).getText()).isEqualTo("Eva Berg");
        assertThat(saved()).as("goes into the letter like a typed name").isEqualTo("Eva Berg");
    }

    /** The offered name had the cursor before its first letter: it sits at the end, nothing selected. */
    @Test
    void theOfferedDeciderHasTheCursorAtItsEnd(FxRobot robot) {
        openWithDeciders(robot, 1);
        TextField field = decider(robot);
        waitUntil(field::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("Eva Berg");
        assertThat(field.getCaretPosition()).isEqualTo("Eva Berg".length());
        assertThat(field.getSelectedText()).isEmpty();
    }

    /** A new user opened a file, looked at the decision page, and was asked to save on closing. */
    @Test
    void showingTheOfferedDeciderDoesNotChangeTheFile(FxRobot robot) {
        openWithDeciders(robot, 1);
        // as if the file had just been read like this: nothing of the user's is unsaved
        robot.interact(() -> main.document().saved(main.document().fileProperty().get(), main.document().notes()));
        assertThat(main.document().dirtyProperty().get()).isFalse();

        TextField decider = decider(robot);

        assertThat(decider.getText()).isEqualTo("Eva Berg");
        assertThat(robot.lookup("#decision-maker-offered").queryLabeled().isVisible())
                .as("says where the name came from").isTrue();
        assertThat(main.document().dirtyProperty().get()).as("opening a page is no edit").isFalse();
        assertThat(main.document().title(main.i18n()).get()).doesNotEndWith("*");
        assertThat(saved()).as("the letter still names them").isEqualTo("Eva Berg");

        robot.clickOn(decider).write(" Hansen");
        assertThat(main.document().dirtyProperty().get()).as("the user's own edit does").isTrue();
        assertThat(robot.lookup("#decision-maker-offered").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void aDeciderClearedByTheUserStaysClearedWhenThePageIsShownAgain(FxRobot robot) {
        openWithDeciders(robot, 1);
        TextField decider = decider(robot);
        robot.interact(decider::clear);
        robot.interact(() -> main.wizard().goTo(1));
        assertThat(decider(robot).getText()).isEmpty();
    }

    @Test
    void noGuessBetweenTwoDecisionMakers(FxRobot robot) {
        openWithDeciders(robot, 0, 1);
        assertThat(decider(robot).getText()).isEmpty();
    }

    @Test
    void aDeciderAlreadyWrittenDownStays(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().page(ParticipantsPageViewModel.class).participants().rows().get(1)
                .role.set(Role.DECISION_MAKER));
        assertThat(decider(robot).getText()).isEqualTo("Lise Moe, administrerende direktør");
    }

    /** At 1024×700 the box shrank to about two lines when a row was added, cutting its text mid-line. */
    @Test
    void theStepsBoxKeepsItsHeightAsEvidenceRowsAreAdded(FxRobot robot) {
        openWithDeciders(robot);
        decider(robot);
        TextArea steps = robot.lookup("#decision-steps").queryAs(TextArea.class);
        double height = steps.getHeight();
        assertThat(height).as("four lines").isGreaterThan(60);
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#evidence-add");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(steps.getHeight()).isEqualTo(height);
    }

    /**
     * A new user found no date field on the evidence rows although the user guide asks for one: each row has
     * one, inside the window at the laptop sizes in both languages, showing and saving the promised day.
     */
    @Test
    void eachEvidenceRowHasADateFieldInsideTheWindowThatSavesTheDueDay(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        decider(robot);
        for (var size : List.of(new double[] {1024, 700}, new double[] {1280, 800})) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                robot.interact(() -> {
                    main.i18n().localeProperty().set(language);
                    robot.window(0).setWidth(size[0]);
                    robot.window(0).setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> robot.window(0).getScene().getRoot().layout());
                List<DatePicker> dates = robot.lookup("#evidence-due").queryAllAs(DatePicker.class)
                        .stream().toList();
                assertThat(dates).as("one per evidence row").hasSize(2);
                for (DatePicker date : dates) {
                    Bounds shown = date.localToScene(date.getBoundsInLocal());
                    assertThat(shown.getMaxX()).as(language + " at " + size[0])
                            .isLessThanOrEqualTo(date.getScene().getWidth());
                    assertThat(date.isVisible()).isTrue();
                }
            }
        }
        robot.interact(() -> main.i18n().localeProperty().set(I18n.NORWEGIAN));
        DatePicker first = robot.lookup("#evidence-due").queryAllAs(DatePicker.class).iterator().next();
        assertThat(first.getEditor().getText()).as("day first, as the other date fields").startsWith("01.12");

        robot.interact(() -> first.setValue(LocalDate.of(2026, 12, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.document().round().evidence().get(0).due()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    /**
     * "two references, from my curre", "a 90-day plan for converting th": a tester at 1280×800 could not read what
     * the evidence rows said. Each row shows all of its words, at both laptop sizes.
     */
    @Test
    void eachEvidenceRowShowsAllItsWords(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        decider(robot);
        String detail = "two references, from my current and previous sales managers, both happy to take a call";
        for (var size : List.of(new double[] {1024, 700}, new double[] {1280, 800})) {
            robot.interact(() -> {
                robot.window(0).setWidth(size[0]);
                robot.window(0).setHeight(size[1]);
                robot.lookup("#evidence-detail").queryAllAs(TextInputControl.class).forEach(f -> f.setText(detail));
            });
            for (TextInputControl field : robot.lookup("#evidence-detail").queryAllAs(TextInputControl.class)) {
                waitUntil(() -> showsAllOf(field));
            }
        }
    }

    /** A wrapping field all its lines, with no scrolling inside it; a text field all of its text. */
    private static boolean showsAllOf(TextInputControl field) {
        if (field instanceof TextArea area) {
            ScrollPane inside = (ScrollPane) area.lookup(".scroll-pane");
            return inside != null && inside.getContent().getLayoutBounds().getHeight()
                    <= inside.getViewportBounds().getHeight() + 0.5;
        }
        Text text = new Text(field.getText());
        text.setFont(field.getFont());
        return text.getLayoutBounds().getWidth() <= field.getWidth() - field.snappedLeftInset()
                - field.snappedRightInset();
    }
}
