package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.common.RecordingPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The letter page's send area as a British tester used it at laptop size: "No mail program is set up …" appeared
 * in red, the buttons under it moved down, and the next click hit the wrong one.
 */
@ExtendWith(ApplicationExtension.class)
class LetterSendAreaWindowTest {
    private static final List<String> BUTTONS = List.of("#send-mail-program", "#send-gmail", "#send-outlook",
            "#send-eml", "#send-copy-body", "#mark-sent");
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().threaded().opener(RecordingPlatform.opensNothing().opener()).build();
        FollowUpApp.install(stage, main);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    private List<Double> places(FxRobot robot) {
        List<Double> places = new ArrayList<>();
        for (String id : BUTTONS) {
            Node button = robot.lookup(id).query();
            places.add(button.localToScene(button.getLayoutBounds()).getMinX());
            places.add(button.localToScene(button.getLayoutBounds()).getMinY());
        }
        return places;
    }

    @Test
    void aMessageUnderTheSendButtonsMovesNoButton(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            for (Locale language : List.of(I18n.ENGLISH, I18n.NORWEGIAN)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.i18n().localeProperty().set(language);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + " " + language;
                UiTestSupport.reveal(robot, "#mark-sent");
                WaitForAsyncUtils.waitForFxEvents();
                List<Double> before = places(robot);
                Label message = robot.lookup("#send-message").queryAs(Label.class);
                robot.interact(() -> robot.lookup("#send-mail-program").queryButton().fire());
                waitUntil(() -> message.getText().contains(language == I18n.ENGLISH ? "No mail program"
                        : "e-postprogram"));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot)).as(where + ": the buttons' places after the red message").isEqualTo(before);
                Text drawn = (Text) message.lookup(".text");
                assertThat(drawn.getText()).as(where + ": the message whole").isEqualTo(message.getText());
                robot.interact(() -> robot.lookup("#send-copy-subject").queryButton().fire());
                waitUntil(() -> !message.getText().contains("e-post") && !message.getText().contains("mail program"));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(places(robot)).as(where + ": and after a shorter one").isEqualTo(before);
            }
        }
    }
}
