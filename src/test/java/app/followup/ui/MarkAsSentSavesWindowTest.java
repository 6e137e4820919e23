package app.followup.ui;

import static app.followup.ui.UiTestSupport.reveal;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * All four testers expected "Mark as sent" to keep the mark; it stayed unsaved ("Untitled*"), and the applications
 * board, which reads the saved files, never saw it. Now the click saves the notes, at 1024×700 as a tester had it.
 */
@ExtendWith(ApplicationExtension.class)
class MarkAsSentSavesWindowTest {
    private static final String SENT_ON = "\"sentOn\": \"" + TestWindow.DAY_AFTER_THE_INTERVIEW + "\"";
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        main = TestWindow.english().threaded().dialogs(dialogs).shownAt(stage, 1024, 700);
    }

    private void toTheLetterPage(FxRobot robot) {
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        reveal(robot, "#mark-sent");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void markingAsSentAndUndoingItSaveTheFileAtOnce(FxRobot robot) throws Exception {
        Path notes = Samples.copy(Samples.NORDLYS, folder);
        robot.interact(() -> main.open(notes));
        waitUntil(() -> main.document().isOpen());
        toTheLetterPage(robot);
        assertThat(Files.readString(notes)).doesNotContain(SENT_ON);

        robot.clickOn("#mark-sent");
        waitUntil(() -> status(robot).equals("Marked as sent and saved."));
        assertThat(Files.readString(notes)).contains(SENT_ON);
        assertThat(main.document().dirtyProperty().get()).isFalse();

        reveal(robot, "#letter-unmark-sent");
        robot.clickOn("#letter-unmark-sent");
        waitUntil(() -> status(robot).equals("Marked as not sent, and saved."));
        assertThat(Files.readString(notes)).doesNotContain("sentOn");
        assertThat(dialogs.asked).as("the file has a name: no dialog").isEmpty();
    }

    @Test
    void notesNeverSavedAskWhereAtOnceAndSayWhenTheMarkIsNotKept(FxRobot robot) throws Exception {
        robot.interact(() -> main.newApplication());
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.document().update(n -> n.withPosition("Key Account Manager")));
        toTheLetterPage(robot);

        robot.clickOn("#mark-sent");
        waitUntil(() -> status(robot).startsWith("Marked as sent, but not saved yet: save the application (Ctrl+S)"));
        assertThat(dialogs.asked).filteredOn(asked -> asked.startsWith("save:"))
                .containsExactly("save:key-account-manager.followup.json");

        Path chosen = folder.resolve("new.followup.json");
        dialogs.toSave = chosen;
        reveal(robot, "#letter-unmark-sent");
        robot.clickOn("#letter-unmark-sent");
        waitUntil(() -> status(robot).equals("Marked as not sent, and saved."));
        assertThat(chosen).exists();
        reveal(robot, "#mark-sent");
        robot.clickOn("#mark-sent");
        waitUntil(() -> status(robot).equals("Marked as sent and saved."));
        assertThat(Files.readString(chosen)).contains(SENT_ON);
    }
}
