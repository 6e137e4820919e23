package app.followup.ui;

import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.nudged;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.ui.board.BoardRow;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.board.FakeBoardDialogs;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import app.followup.ui.common.UserStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board's follow-ups in the real window, headless: a nudge for a quiet employer written, edited, opened in
 * the mail program and recorded as sent; closing the loop after two nudges; the calendar and the activity report.
 */
@ExtendWith(ApplicationExtension.class)
public class BoardFollowUpWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    @TempDir
    Path folder;
    @TempDir
    Path out;
    private final FakeBoardDialogs dialogs = new FakeBoardDialogs();
    private final RecordingPlatform platform = RecordingPlatform.opensEverything();
    private BoardViewModel board;

    private static Notes at(Notes notes, String employer) {
        return notes.withEmployer(new Employer(employer, List.of(), Extras.NONE));
    }

    @Start
    void start(Stage stage) {
        save(folder.resolve("bergen.followup.json"), at(employerStep(sent(), "2026-11-27"), "Bergen Salg AS"));
        save(folder.resolve("dovre.followup.json"),
                nudged(at(employerStep(sent(), "2026-11-16"), "Dovre Handel AS"), "2026-11-17", "2026-11-24"));
        save(folder.resolve("aurora.followup.json"), at(myStep(sent(), "2026-12-09"), "Aurora Data AS"));
        FakeDialogs mainDialogs = new FakeDialogs();
        MainViewModel main = new MainViewModel(new I18n(I18n.ENGLISH), new UserStore.InMemory(), mainDialogs,
                new BackgroundRunner.Threaded(), () -> TODAY, new LetterComposer(new TemplateLibrary(null)));
        board = BoardInWindow.show(stage, main, folder, TODAY, dialogs, platform.opener(), true);
    }

    @AfterEach
    void stopWatching() {
        board.close();
    }

    private void waitForRows(FxRobot robot) {
        waitUntil(() -> robot.lookup("#board").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#board-table").queryAs(TableView.class).getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<BoardRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#board-table").queryAs(TableView.class).getItems());
    }

    private List<Nudge> nudges(String file) {
        return Samples.load(folder.resolve(file)).lastRound().nudges();
    }

    /** What the table shows in the row of one employer, cell by cell. */
    private static List<String> cellTexts(FxRobot robot, String employer) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() instanceof BoardRow item && item.employer().equals(employer))
                .findFirst()
                .map(row -> row.lookupAll(".table-cell").stream().map(cell -> ((TableCell<?, ?>) cell).getText())
                        .filter(java.util.Objects::nonNull).toList())
                .orElse(List.of());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aNudgeForAQuietEmployerIsEditedOpenedInTheMailProgramAndRecordedWhenSent(FxRobot robot) {
        waitForRows(robot);
        robot.clickOn("Aurora Data AS");
        assertThat(robot.lookup("#board-nudge").queryButton().isDisabled()).as("nothing to nudge yet").isTrue();
        robot.clickOn("Bergen Salg AS");
        assertThat(robot.lookup("#board-nudge").queryButton().getText()).isEqualTo("Write a nudge…");
        robot.clickOn("#board-nudge");
        waitUntil(() -> robot.lookup("#nudge-body").tryQuery().isPresent());
        TextArea body = robot.lookup("#nudge-body").queryAs(TextArea.class);
        assertThat(body.getText().replace('\u00a0', ' ')).startsWith("Hei Ola,").contains("fredag 4. desember");
        assertThat(text(robot, "#nudge-to")).contains("ola.hansen@nordlys.example");

        // the candidate moves the call to Tuesday: the letter says so, and the board will show it as their step
        robot.doubleClickOn("#nudge-date").push(KeyCode.CONTROL, KeyCode.A).write("2026-12-08").push(KeyCode.ENTER);
        waitUntil(() -> body.getText().replace('\u00a0', ' ').contains("tirsdag 8. desember"));
        robot.clickOn("#nudge-body").push(KeyCode.CONTROL, KeyCode.END).write("\nPS: Casen er klar.");
        robot.clickOn("#send-mail-program");
        waitUntil(() -> text(robot, "#send-message").startsWith("Opened in your mail program"));
        assertThat(platform.opened).singleElement().asString().startsWith("mailto:ola.hansen@nordlys.example?")
                .contains("PS%3A%20Casen%20er%20klar.");

        robot.clickOn("#nudge-sent");
        waitUntil(() -> nudges("bergen.followup.json").size() == 1);
        Nudge recorded = nudges("bergen.followup.json").get(0);
        assertThat(recorded.sentOn()).isEqualTo(TODAY);
        assertThat(recorded.body()).endsWith("PS: Casen er klar.");
        assertThat(recorded.proposed().date()).isEqualTo(LocalDate.of(2026, 12, 8));
        waitUntil(() -> robot.lookup("#nudge-body").tryQuery().isEmpty());
        waitUntil(() -> rows(robot).stream()
                .noneMatch(row -> row.offer() != null && row.employer().startsWith("Bergen")));
        // the step the nudge proposed is named in the notes' words, the language the letter was written in
        waitUntil(() -> cellTexts(robot, "Bergen Salg AS").containsAll(
                List.of("Your next step: Ringe Ola og høre hvor saken står", "8 Dec")));
    }

    @Test
    void afterTwoNudgesTheLetterClosingTheLoopIsOfferedAndTheApplicationClosed(FxRobot robot) {
        waitForRows(robot);
        robot.clickOn("Dovre Handel AS");
        Button offer = robot.lookup("#board-nudge").queryButton();
        assertThat(offer.getText()).isEqualTo("Close the loop…");
        robot.clickOn(offer);
        waitUntil(() -> robot.lookup("#nudge-body").tryQuery().isPresent());
        assertThat(robot.lookup("#nudge-subject").queryTextInputControl().getText())
                .startsWith("Før jeg avslutter søknaden");
        robot.clickOn("#nudge-sent");
        waitUntil(() -> nudges("dovre.followup.json").size() == 3);
        waitUntil(() -> robot.lookup("#nudge-body").tryQuery().isEmpty());

        waitUntil(() -> rows(robot).stream().noneMatch(row -> row.offer() != null && row.employer().startsWith("Dovre")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Dovre Handel AS");
        assertThat(robot.lookup("#board-nudge").queryButton().isDisabled()).as("the loop is closed once").isTrue();
        // the selection survives the folder watcher reading the rows again after the save
        MenuButton state = robot.lookup("#board-set-state").queryAs(MenuButton.class);
        waitUntil(() -> !state.isDisabled());
        robot.clickOn(state);
        waitUntil(state::isShowing);
        robot.clickOn("Withdrawn");
        waitUntil(() -> Samples.load(folder.resolve("dovre.followup.json")).status().stateOrDefault().code()
                .equals("withdrawn"));
    }

    @Test
    void theCalendarForAllAndTheActivityReportForLastMonthAreSaved(FxRobot robot) throws Exception {
        waitForRows(robot);
        dialogs.calendar = out.resolve("all.ics");
        robot.clickOn("#board-calendar");
        waitUntil(() -> text(robot, "#board-notice").contains("events saved in all.ics"));
        String calendar = Files.readString(out.resolve("all.ics"), StandardCharsets.UTF_8);
        assertThat(calendar).contains("BEGIN:VEVENT").contains("Bergen Salg AS").contains("Aurora Data AS");

        dialogs.report = out.resolve("november.pdf");
        robot.clickOn("#board-report");
        waitUntil(() -> text(robot, "#board-notice").startsWith("Activity report saved and opened"));
        assertThat(dialogs.asked).contains("period:2026-11-01..2026-11-30");
        assertThat(Files.readAllBytes(out.resolve("november.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        List<String> csv = Files.readAllLines(out.resolve("november.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("date,employer,position,activity,contacts,outcome");
        assertThat(csv).anyMatch(line -> line.startsWith("2026-11-24,Dovre Handel AS,") && line.contains("nudge-sent"));
        assertThat(platform.opened).contains(out.resolve("november.pdf").toUri().toString());
    }
    @Test
    void theOpenApplicationsChecklistOffersTheNudgeAndSavesItWithTheNotes(FxRobot robot) {
        waitForRows(robot);
        robot.doubleClickOn("Bergen Salg AS");
        waitUntil(() -> robot.lookup("#checklist-nudge").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#checklist-nudge");
        waitUntil(() -> robot.lookup("#nudge-body").tryQuery().isPresent());
        robot.clickOn("#nudge-sent");
        waitUntil(() -> nudges("bergen.followup.json").size() == 1);
        waitUntil(() -> !robot.lookup("#checklist-nudge").query().isVisible());
    }
}
