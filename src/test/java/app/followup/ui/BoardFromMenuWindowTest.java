package app.followup.ui;

import app.followup.ui.board.BoardViewModel;
import app.followup.ui.board.FakeBoardDialogs;
import app.followup.ui.common.RecordingPlatform;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static app.followup.ui.UiTestSupport.waitUntil;

import app.followup.model.Employer;
import app.followup.model.Extras;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window that does not open on the board (it was given a file, or no folder is remembered) builds the board only
 * when the user asks for it: the board must then come with the rows read meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
public class BoardFromMenuWindowTest {
    @TempDir
    static Path folder;
    private BoardViewModel board;

    @Start
    void start(Stage stage) {
        save(folder.resolve("a.followup.json"), myStep(sent(), "2026-12-09")
                .withEmployer(new Employer("Aurora Data AS", List.of(), Extras.NONE)));
        MainViewModel main = TestWindow.english().threaded().today(LocalDate.of(2026, 12, 2)).build();
        board = BoardInWindow.show(stage, main, folder, LocalDate.of(2026, 12, 2), new FakeBoardDialogs(),
                RecordingPlatform.opensEverything().opener(), false);
    }

    @AfterEach
    void stopWatching() {
        board.close();
    }

    @Test
    void theBoardOpenedFromTheMenuShowsTheRowsReadWhileItWasNotShown(FxRobot robot) {
        waitUntil(() -> !board.rows().isEmpty());
        assertThat(robot.lookup("#start-page").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#board").tryQuery().map(Node::isVisible)).as("board shown").isNotEqualTo(Optional.of(true));

        robot.clickOn("File").clickOn("All applications");

        waitUntil(() -> robot.lookup("#board").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> robot.lookup("#board-table").queryAs(TableView.class).getItems().size() == 1);
        waitUntil(() -> robot.lookup("Aurora Data AS").tryQuery().map(Node::isVisible).orElse(false));
    }
}
