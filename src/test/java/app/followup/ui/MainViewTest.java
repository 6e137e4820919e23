package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless under Monocle: opening a sample shows the letter the core composes. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private Path answer = Samples.NORDLYS;
    private LetterViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new LetterViewModel(new BackgroundRunner.Threaded(), () -> LocalDate.of(2026, 11, 26));
        Dialogs dialogs = () -> Optional.ofNullable(answer);
        stage.setScene(new Scene(new MainView(viewModel, dialogs), 900, 600));
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.show();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not update in 5 seconds", e);
        }
    }

    @Test
    void openingASampleShowsItsLetter(FxRobot robot) {
        robot.clickOn("#open");
        TextArea area = robot.lookup("#letter").queryAs(TextArea.class);
        waitUntil(() -> !area.getText().isEmpty());
        String letter = robot.lookup("#letter").queryAs(TextArea.class).getText();
        assertThat(letter).isEqualTo(Samples.resource("golden/nb-sponsor.txt"));
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("FollowUp - nordlys-key-account-manager.followup.json");
    }

    @Test
    void aBrokenFileIsReportedAndTheProgramKeepsRunning(FxRobot robot) {
        answer = Path.of("pom.xml");
        robot.clickOn("#open");
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil(() -> status.getText().contains("broken"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("pom.xml: broken JSON at line 1");
        assertThat(robot.lookup("#letter").queryAs(TextArea.class).getText()).isEmpty();
    }
}
