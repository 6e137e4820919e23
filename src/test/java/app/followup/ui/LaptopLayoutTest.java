package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the program's own minimum size, 1024×700, as on a small laptop: every page in both languages,
 * and no label, hint, button or choice cut short with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutTest {
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = new MainViewModel(new I18n(I18n.NORWEGIAN), new UserStore.InMemory(), new FakeDialogs(),
                new BackgroundRunner.Threaded(), () -> LocalDate.of(2026, 11, 27),
                new LetterComposer(new TemplateLibrary(null)));
        FollowUpApp.install(stage, main);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @Test
    void noTextIsCutShortOnAnyPageInEitherLanguage(FxRobot robot) {
        robot.interact(() -> main.open(Samples.VESTLAND));
        waitUntil(() -> main.document().isOpen());
        List<String> cut = new ArrayList<>();
        for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
            robot.interact(() -> main.i18n().localeProperty().set(language));
            for (int page = 0; page < main.wizard().pages().size(); page++) {
                int index = page;
                robot.interact(() -> main.wizard().goTo(index));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().applyCss());
                robot.interact(() -> stage.getScene().getRoot().layout());
                for (Labeled labeled : robot.lookup(node -> node instanceof Labeled && shown(node))
                        .queryAllAs(Labeled.class)) {
                    String full = labeled.getText();
                    Text drawn = (Text) labeled.lookup(".text");
                    if (full != null && !full.isBlank() && drawn != null && !drawn.getText().equals(full)
                            && drawn.getText().endsWith(labeled.getEllipsisString())) {
                        cut.add(language + " page " + (page + 1) + ": \"" + full + "\" shown as \""
                                + drawn.getText() + "\"");
                    }
                }
            }
        }
        assertThat(cut).as("text cut short at 1024×700").isEmpty();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
