package app.followup.ui;

import static app.followup.applications.Applications.change;
import static app.followup.applications.Applications.closed;
import static app.followup.applications.Applications.evidence;
import static app.followup.applications.Applications.nudged;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.ApplicationState;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Step;
import app.followup.ui.board.BoardViewModel;
import app.followup.ui.board.FakeBoardDialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * The board of a user with eight applications in every stage, with the employers, titles and steps of a real
 * folder, on a 1024×700 laptop screen: what is due, the employer and the position are read whole in both languages.
 */
@ExtendWith(ApplicationExtension.class)
public class BoardLaptopWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    @TempDir
    static Path folder;
    private MainViewModel main;
    private BoardViewModel board;

    private static Notes application(Notes notes, String employer, String position) {
        return notes.withEmployer(new Employer(employer, List.of(), Extras.NONE)).withPosition(position);
    }

    private static Notes step(String what, String date, Owner owner, String who) {
        Step step = Step.of(what, LocalDate.parse(date), owner);
        return change(sent(), round -> round.withNextStep(who == null ? step : step.withWho(who)));
    }

    @Start
    void start(Stage stage) {
        save(folder.resolve("brightline.followup.json"), application(nudged(step(
                "Laura will come back with a date to meet the CEO", "2026-10-29", Owner.EMPLOYER, "Laura"),
                "2026-11-02", "2026-11-09"), "Brightline Media Ltd", "Head of Partnerships"));
        save(folder.resolve("nordlys.followup.json"), application(step(
                "Jeg ringer deg for å avtale møtet med Lise Moe", "2026-11-28", Owner.ME, null),
                "Nordlys Software AS", "Key Account Manager"));
        save(folder.resolve("kestrel.followup.json"), application(change(evidence(step(
                "Sofia will let me know the outcome of the panel", "2026-12-04", Owner.EMPLOYER, "Sofia"),
                "2026-12-01", null), round -> round.withEvidence(List.of(round.evidence().get(0).withDetail(
                "Quota attainment for 2024 and 2025")))), "Kestrel Payments AB", "Enterprise Sales Executive"));
        save(folder.resolve("harbour.followup.json"), application(closed(step(
                "Daniel sends the written offer", "2026-12-01", Owner.EMPLOYER, "Daniel"), ApplicationState.OFFER),
                "Harbour Analytics Ltd", "Enterprise Account Executive"));
        save(folder.resolve("northgate.followup.json"), application(step(
                "Owen will confirm the date for the second interview", "2026-11-21", Owner.EMPLOYER, "Owen"),
                "Northgate Software Ltd", "Sales Manager"));
        save(folder.resolve("tidewater.followup.json"), application(change(step(
                "I will call you to book the interview with Graham", "2026-12-01", Owner.ME, null),
                round -> round.withLetter(null)), "Tidewater Logistics Ltd", "Regional Sales Manager"));
        save(folder.resolve("bergstrom.followup.json"), application(step(
                "Marius gir beskjed om andre intervju", "2026-12-01", Owner.EMPLOYER, "Marius"),
                "Bergstrøm Maskin AS", "Key Account Manager"));
        save(folder.resolve("pinewood.followup.json"), application(closed(sent(), ApplicationState.REJECTED),
                "Pinewood Health Ltd", "Account Director"));
        main = TestWindow.english().dialogs(new FakeDialogs()).threaded().today(TODAY).build();
        board = BoardInWindow.show(stage, main, folder, TODAY, new FakeBoardDialogs(),
                RecordingPlatform.opensEverything().opener(), true);
    }

    @AfterEach
    void stopWatching() {
        board.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(FxRobot robot) {
        return robot.lookup("#board-table").queryAs(TableView.class);
    }

    @Test
    void whatIsDueTheEmployerAndThePositionAreReadWholeAt1024By700InBothLanguages(FxRobot robot) {
        waitUntil(() -> robot.lookup("#board").tryQuery().map(Node::isVisible).orElse(false)
                && board.rows().size() == 8);
        robot.interact(() -> {
            table(robot).getScene().getWindow().setWidth(1024);
            table(robot).getScene().getWindow().setHeight(700);
        });
        List<String> cut = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
            robot.interact(() -> main.i18n().localeProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                table(robot).applyCss();
                table(robot).layout();
            });
            for (Labeled labeled : robot.from(table(robot))
                    .lookup((Node node) -> node instanceof Labeled && node.isVisible()).queryAllAs(Labeled.class)) {
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) labeled.lookup(".text");
                String full = labeled.getText();
                if (full == null || full.isBlank() || drawn == null) {
                    continue;
                }
                seen.add(full);
                if (!drawn.getText().equals(full)) {
                    cut.add(language + ": \"" + full + "\" shown as \"" + drawn.getText() + "\"");
                } else if (labeled.isWrapText() && UiTestSupport.splitsAWord(drawn)) {
                    cut.add(language + ": \"" + full + "\" splits a word over two lines");
                }
            }
        }
        assertThat(cut).as("text cut short or a word split on the board at 1024×700").isEmpty();
        // the longest texts of the folder were among those checked
        assertThat(seen).contains("Ditt neste steg: Jeg ringer deg for å avtale møtet med Lise Moe",
                "Your next step: Jeg ringer deg for å avtale møtet med Lise Moe",
                "Tid for å følge opp: Owen will confirm the date for the second interview",
                "Lovet: Quota attainment for 2024 and 2025", "Enterprise Account Executive",
                "Ingen svar – avslutt på en fin måte", "Tilbud – svar på det",
                "Send the follow-up letter", "Waiting for them: Marius gir beskjed om andre intervju");
    }
}
