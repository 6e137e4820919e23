package app.followup.ui;

import app.followup.ui.board.BoardRow;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.board.FakeBoardDialogs;
import app.followup.ui.common.RecordingPlatform;
import static app.followup.applications.Applications.change;
import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.ApplicationState;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The applications board in the real window, headless: its order, opening a row, setting a state. */
@ExtendWith(ApplicationExtension.class)
public class BoardWindowTest {
    @TempDir
    static Path folder;
    private MainViewModel main;
    private BoardViewModel board;

    private static Notes at(Notes notes, String employer) {
        return notes.withEmployer(new Employer(employer, List.of(), Extras.NONE));
    }

    @Start
    void start(Stage stage) {
        save(folder.resolve("a.followup.json"), at(myStep(sent(), "2026-12-09"), "Aurora Data AS"));
        save(folder.resolve("b.followup.json"), at(employerStep(sent(), "2026-11-27"), "Bergen Salg AS"));
        save(folder.resolve("c.followup.json"), at(change(myStep(sent(), "2026-12-02"),
                round -> round.withStage(app.followup.model.Stage.DECISION_MAKER)), "Canvas Norge AS"));
        FakeDialogs dialogs = new FakeDialogs();
        main = TestWindow.english().dialogs(dialogs).threaded().today(LocalDate.of(2026, 12, 2)).build();
        board = BoardInWindow.show(stage, main, folder, LocalDate.of(2026, 12, 2), new FakeBoardDialogs(),
                RecordingPlatform.opensEverything().opener(), true);
    }

    @AfterEach
    void stopWatching() {
        board.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<BoardRow> table(FxRobot robot) {
        return robot.lookup("#board-table").queryAs(TableView.class);
    }

    /** Read on the JavaFX thread, which replaces the rows. */
    private List<String> employers(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().stream().map(BoardRow::employer).toList())
                    .get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void waitForRows(FxRobot robot) {
        waitUntil(() -> robot.lookup("#board").tryQuery().map(Node::isVisible).orElse(false)
                && employers(robot).size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheRememberedFolderMostUrgentFirstAndSortsByAColumn(FxRobot robot) {
        waitForRows(robot);
        assertThat(employers(robot)).containsExactly("Bergen Salg AS", "Canvas Norge AS", "Aurora Data AS");
        assertThat(robot.lookup(".table-row-cell").<Node>queryAll().stream().filter(row -> row.getPseudoClassStates()
                .stream().anyMatch(p -> p.getPseudoClassName().equals("overdue")))).hasSize(1);
        assertThat(robot.lookup("Today").tryQuery()).isPresent();
        // what is due names the step in the user's words, not only its kind
        assertThat(robot.lookup("Your next step: Jeg ringer Ola for å avtale casen").tryQuery()).isPresent();
        assertThat(robot.lookup("Time to follow up: Ola gir beskjed om neste runde").tryQuery()).isPresent();

        robot.clickOn("Employer");
        assertThat(employers(robot)).containsExactly("Aurora Data AS", "Bergen Salg AS", "Canvas Norge AS");
    }

    @Test
    void noHeadingOrCellIsCutShortAtLaptopSizeInEitherLanguage(FxRobot robot) {
        waitForRows(robot);
        robot.interact(() -> {
            table(robot).getScene().getWindow().setWidth(1024);
            table(robot).getScene().getWindow().setHeight(700);
        });
        List<String> cut = new java.util.ArrayList<>();
        for (java.util.Locale language : List.of(app.followup.ui.common.I18n.NORWEGIAN,
                app.followup.ui.common.I18n.ENGLISH)) {
            robot.interact(() -> main.i18n().localeProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                table(robot).applyCss();
                table(robot).layout();
            });
            for (Labeled labeled : robot.from(table(robot)).lookup((Node node) -> node instanceof Labeled && node.isVisible())
                    .queryAllAs(Labeled.class)) {
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) labeled.lookup(".text");
                String full = labeled.getText();
                if (full != null && !full.isBlank() && drawn != null && !drawn.getText().equals(full)) {
                    cut.add(language + ": \"" + full + "\" shown as \"" + drawn.getText() + "\"");
                }
            }
        }
        assertThat(cut).as("text cut short on the board at 1024×700").isEmpty();
    }

    @Test
    void openingARowOpensTheFileInTheWindow(FxRobot robot) {
        waitForRows(robot);
        robot.doubleClickOn("Canvas Norge AS");
        // the notes and the file name are set one after the other on the JavaFX thread: waited for together
        waitUntil(() -> main.document().isOpen()
                && folder.resolve("c.followup.json").equals(main.document().fileProperty().get()));
        // its next step is due today: the window shows the page where the step is planned, not the first page
        waitUntil(() -> main.wizard().currentProperty().get()
                == main.wizard().indexOf(app.followup.ui.wizard.pages.NextStepPageViewModel.class));
        waitUntil(() -> !robot.lookup("#board").query().isVisible());

        robot.clickOn("File").clickOn("All applications");
        waitUntil(() -> robot.lookup("#board").query().isVisible());
    }

    @Test
    void settingAStateWritesItToTheFileAndTheBoardShowsIt(FxRobot robot) {
        waitForRows(robot);
        robot.clickOn("Bergen Salg AS");
        robot.clickOn("#board-set-state").clickOn("Rejected");
        waitUntil(() -> Samples.load(folder.resolve("b.followup.json")).status().stateOrDefault()
                == ApplicationState.REJECTED);
        waitUntil(() -> employers(robot).equals(List.of("Canvas Norge AS", "Aurora Data AS", "Bergen Salg AS")));
        waitUntil(() -> robot.lookup(".table-cell").<Node>queryAll().stream()
                .anyMatch(cell -> cell instanceof Labeled labeled
                        && "Rejected".equals(labeled.getText())));
    }
}
