package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The private page's 1–5 ratings, as a British tester filled them from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class PrivateRatingsWindowTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = TestWindow.english().threaded().shownAt(stage, 1024, 700);
    }

    /** Typing 4 on a focused rating did nothing: the digit chooses that rating, and the notes keep it. */
    @Test
    void aTypedDigitChoosesTheRating(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(PrivatePageViewModel.class)));
        waitUntil(() -> robot.lookup("#strength-fit").tryQuery().map(n -> n.getScene() != null).orElse(false));
        @SuppressWarnings("unchecked")
        ComboBox<Integer> strength = robot.lookup("#strength-fit").queryAs(ComboBox.class);
        robot.interact(strength::requestFocus);
        waitUntil(strength::isFocused);
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> Integer.valueOf(4).equals(strength.getValue()));
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> Integer.valueOf(2).equals(strength.getValue()));
        assertThat(main.wizard().page(PrivatePageViewModel.class).strengthFit.get()).isEqualTo(2);
        // a digit outside the scale leaves the rating as it was
        robot.type(KeyCode.DIGIT7);
        assertThat(strength.getValue()).isEqualTo(2);
    }
}
