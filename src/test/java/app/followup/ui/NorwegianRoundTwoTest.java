package app.followup.ui;

import app.followup.ui.common.Dialogs;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Side;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static app.followup.ui.UiTestSupport.type;
import static app.followup.ui.UiTestSupport.waitUntil;

/** In Norwegian: a new application to a saved file, opened again and continued as round 2. */
@ExtendWith(ApplicationExtension.class)
public class NorwegianRoundTwoTest {
    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;

    @Start
    void start(javafx.stage.Stage stage) {
        main = TestWindow.norwegian().dialogs(dialogs).threaded().build();
        FollowUpApp.install(stage, main, uri -> { });
        stage.show();
    }



    @Test
    void fillSaveReopenAndContinueAsRoundTwo(FxRobot robot) throws Exception {
        dialogs.candidate = MainViewModelTest.KARI;
        robot.clickOn("#start-new");
        type(robot, "#employer", "Nordlys Software AS");
        type(robot, "#position", "Key Account Manager");
        robot.clickOn("#next");
        robot.clickOn("#participants-add");
        type(robot, "#participant-name", "Ola Hansen");
        type(robot, "#participant-email", "ola.hansen@nordlys.example");
        robot.clickOn("#next");
        type(robot, "#challenge", "Partnerkanalen vokser ikke");

        TextArea challenge = robot.lookup("#challenge").queryAs(TextArea.class);
        robot.interact(() -> {
            challenge.selectRange(0, "Partnerkanalen".length());
            // Monocle sends no context-menu event for a right click; the menu is opened as the click would
            challenge.getContextMenu().show(challenge, Side.BOTTOM, 0, 0);
        });
        robot.clickOn("Legg til markert tekst som intervjuerens ord");
        assertThat(main.document().round().terminology()).extracting(t -> t.theirs()).containsExactly("Partnerkanalen");

        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        }
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        assertThat(body.getText()).startsWith(
                "Hei Ola,\n\nTakk for samtalen i dag om jobben som Key Account Manager hos Nordlys Software.")
                .contains("er hovedutfordringen at partnerkanalen ikke vokser.")
                .endsWith("Med vennlig hilsen\nKari Nordmann");

        Path file = folder.resolve("nordlys.followup.json");
        dialogs.toSave = file;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> Files.exists(file) && !main.document().dirtyProperty().get());

        robot.interact(() -> main.open(Samples.HARBOUR));
        waitUntil(() -> Samples.HARBOUR.equals(main.document().fileProperty().get()));
        robot.interact(() -> main.open(file));
        waitUntil(() -> file.equals(main.document().fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> main.wizard().goTo(0));
        assertThat(robot.lookup("#employer").queryAs(TextField.class).getText()).isEqualTo("Nordlys Software AS");

        dialogs.newRound = new Dialogs.NewRound(LocalDate.of(2026, 12, 3), Stage.DECISION_MAKER);
        robot.clickOn("Fil").clickOn("Ny runde…");
        assertThat(main.document().roundIndex()).isEqualTo(1);
        for (int i = 0; i < 8; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        }
        assertThat(robot.lookup("#letter-body").queryAs(TextArea.class).getText())
                .startsWith("Hei Ola,\n\nTakk for møtet torsdag 3.\u00a0desember om jobben som Key Account Manager hos "
                        + "Nordlys Software.");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !main.document().dirtyProperty().get());
        assertThat(Samples.load(file).rounds()).hasSize(2);
        assertThat(Samples.load(file).rounds().get(1).challenge()).isEqualTo("Partnerkanalen vokser ikke");
    }
}
