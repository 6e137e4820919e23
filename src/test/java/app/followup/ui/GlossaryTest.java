package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The method's words explained where they are used. */
@ExtendWith(ApplicationExtension.class)
class GlossaryTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        FakeDialogs dialogs = new FakeDialogs();
        main = TestWindow.norwegian().dialogs(dialogs).threaded().build();
        FollowUpApp.install(stage, main);
        stage.show();
    }

    @Test
    void theInterviewPageLinksToTheWordsItUses(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> robot.lookup("#glossary-link").match(Node::isVisible).tryQuery().isPresent()
                && robot.lookup("#glossary-link").match(Node::isVisible).query().getScene() != null);
        robot.clickOn(robot.lookup("#glossary-link").match(Node::isVisible).queryAs(Node.class));
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Ordliste".equals(s.getTitle()) && s.isShowing()));
        Stage glossary = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Ordliste".equals(s.getTitle())).findFirst().orElseThrow();
        assertThat(robot.from(glossary.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Sponsor", "Dørvokter", "Endelig beslutningstager", "Dødens posisjon");

        robot.clickOn(robot.from(glossary.getScene().getRoot()).lookup("#glossary-close").queryAs(Node.class));
        waitUntil(() -> !glossary.isShowing());
    }
}
