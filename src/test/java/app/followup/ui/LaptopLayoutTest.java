package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import app.followup.ui.common.I18n;

/**
 * The window at the program's own minimum size, 1024×700, as on a small laptop, and at 1280×800: every page in both
 * languages, for a sample opened and for a sent letter with nothing to remark reopened through File → Open, and no
 * label, hint, button or choice cut short with an ellipsis or with a word split across two lines.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutTest {
    /** A Norwegian letter sent on its interview day, 28 November 2026, whose checklist has nothing to remark. */
    private static final String SENT_LETTER = "notes/nb-sent-no-remarks.followup.json";

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.norwegian().dialogs(dialogs).threaded().today(LocalDate.of(2026, 11, 28)).shownAt(stage, 1024, 700);
    }

    @Test
    void noTextIsCutShortOnAnyPageInEitherLanguageOrSize(FxRobot robot, @TempDir Path folder) throws IOException {
        Path sent = folder.resolve("sent.followup.json");
        Files.writeString(sent, Samples.resource(SENT_LETTER));
        List<String> cut = new ArrayList<>();
        for (double[] size : List.of(new double[] {1024, 700}, new double[] {1280, 800})) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.interact(() -> main.open(Samples.VESTLAND));
            waitUntil(() -> Samples.VESTLAND.equals(main.document().fileProperty().get()));
            cut.addAll(walk(robot, "sample, " + sizeName(size)));
            // as the tester: another file first, then this one through File → Open
            dialogs.toOpen = sent;
            robot.interact(() -> main.open());
            waitUntil(() -> sent.equals(main.document().fileProperty().get()));
            cut.addAll(walk(robot, "sent letter reopened, " + sizeName(size)));
        }
        assertThat(cut).as("text cut short").isEmpty();
    }

    private static String sizeName(double[] size) {
        return (int) size[0] + "×" + (int) size[1];
    }

    private List<String> walk(FxRobot robot, String what) {
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
                    if (full == null || full.isBlank() || drawn == null) {
                        continue;
                    }
                    String where = what + ", " + language + " page " + (page + 1) + ": \"" + full + "\"";
                    if (!drawn.getText().equals(full) && drawn.getText().endsWith(labeled.getEllipsisString())) {
                        cut.add(where + " shown as \"" + drawn.getText() + "\"");
                    } else if (labeled.isWrapText() && UiTestSupport.splitsAWord(drawn)) {
                        cut.add(where + " splits a word over two lines in " + Math.round(drawn.getWrappingWidth())
                                + " px");
                    }
                }
            }
        }
        return cut;
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
