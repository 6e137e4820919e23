package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.letter.TemplateLibrary;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist in the real window: it follows the letter, goes to the page concerned, and replaces words. */
@ExtendWith(ApplicationExtension.class)
class ChecklistTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = new MainViewModel(new I18n(I18n.ENGLISH), new UserStore.InMemory(), new FakeDialogs(),
                new BackgroundRunner.Threaded(), () -> LocalDate.of(2026, 11, 26),
                new LetterComposer(new TemplateLibrary(null)));
        FollowUpApp.install(stage, main, new FakeDialogs(), uri -> { });
        stage.show();
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> main.open(Samples.NORDLYS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.document().isOpen());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button item(FxRobot robot, String code) {
        return robot.lookup(".advice-item").queryAllAs(Button.class).stream()
                .filter(b -> code.equals(b.getUserData())).findFirst().orElse(null);
    }

    @Test
    void aTimelySampleShowsOnlyTheDeadline(FxRobot robot) throws Exception {
        open(robot);
        assertThat(robot.lookup(".advice-item").queryAllAs(Button.class)).extracting(Button::getUserData)
                .containsExactly("letter-due-today");
        assertThat(robot.lookup("#deadline-banner").queryAs(Label.class).getText())
                .isEqualTo("Send the letter today: the method says the same day, at the latest by 27 November 2026.");
    }

    @Test
    void anItemGoesToThePageItIsAbout(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> main.wizard().step(ChallengeStepViewModel.class).challenge.set(""));
        assertThat(item(robot, "missing-challenge")).isNotNull();
        robot.clickOn(item(robot, "missing-challenge"));
        assertThat(main.wizard().currentProperty().get()).isEqualTo(2);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Challenge");
    }

    @Test
    void replaceAllPutsTheirWordsIntoTheEditedLetter(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> main.wizard().goTo(8));
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText(body.getText().replace("Hei Ola,", "Hei Ola, om kunder og stillingen.")));
        assertThat(item(robot, "term-avoided")).isNotNull();
        robot.clickOn("#replace-all");
        assertThat(body.getText()).startsWith("Hei Ola, om partnere og KAM-rollen.");
        assertThat(main.document().round().letter().body()).startsWith("Hei Ola, om partnere og KAM-rollen.");
        assertThat(item(robot, "term-avoided")).isNull();
        robot.clickOn("#mark-sent");
        assertThat(robot.lookup("#deadline-banner").queryAs(Label.class).isVisible()).isFalse();
    }
}
