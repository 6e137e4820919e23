package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.PastedNotesDialog;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Paste your notes…" from page 3 as a user: the trial's notes pasted, where each part goes shown beside them, the
 * fields the sample had typed named as replaced, the whole dialog inside the window with no text cut short, and
 * after "Fill in the pages" pages 3–6 hold the notes. The sorter is the test's own
 * ({@link PasteNotesTest#FJORDKRAFT}): the window is tested, not the sorting. In Norwegian at 1024×700, the
 * trials' smallest screen, and in English at 1280×800; work off the JavaFX thread as in the real window.
 */
@ExtendWith(ApplicationExtension.class)
class PasteNotesWindowTest {
    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.pastedNotesAnswer = notes -> new PastedNotesDialog(stage, main.i18n(), notes).ask();
        main = TestWindow.norwegian().dialogs(dialogs).threaded().today(LocalDate.of(2026, 11, 29))
                .shownAt(stage, 1024, 700);
        main.sortPastedNotesWith((text, language, around) -> PasteNotesTest.FJORDKRAFT);
    }

    @Test
    void inNorwegianOnASmallLaptop(FxRobot robot) throws Exception {
        pasteAndFill(robot, List.of("Deltakere (side 2)", "Ingrid, adm. dir. – bestemmer",
                "Hans Petter, salgsdir. – sponsor",
                "Ikke plassert (tas vare på i de private notatene dine) (side 8)"));
    }

    @Test
    void inEnglishAt1280(FxRobot robot) throws Exception {
        robot.interact(() -> {
            main.i18n().localeProperty().set(I18n.ENGLISH);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        pasteAndFill(robot, List.of("Participants (page 2)", "Ingrid, adm. dir. – decides",
                "Hans Petter, salgsdir. – sponsor", "Not placed (kept in your private notes) (page 8)"));
    }

    /** @param sortedWords words the sorted view shows in the window's language: headings, roles, "decides" */
    private void pasteAndFill(FxRobot robot, List<String> sortedWords) throws Exception {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ChallengePageViewModel.class)));
        waitUntil(() -> robot.lookup("#challenge-paste-notes").tryQuery().map(this::shown).orElse(false));
        robot.clickOn("#challenge-paste-notes");
        waitUntil(() -> robot.lookup("#paste-text").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(robot.lookup("#paste-fill").query().isDisabled()).as("nothing pasted yet").isTrue();

        String notes = Files.readString(Path.of("docs/trials/kort-nb-a.txt"));
        robot.interact(() -> robot.lookup("#paste-text").queryAs(TextArea.class).setText(notes));
        waitUntil(() -> shownText(robot.lookup("#paste-sorted").query())
                .contains("Vi vokser ikke i bedriftsmarkedet."));
        String sorted = shownText(robot.lookup("#paste-sorted").query());
        assertThat(sorted).contains("KAM-ene selger pris, ikke rådgivning").contains("Kaffe i kantina")
                .contains(sortedWords);
        waitUntil(() -> !robot.lookup("#paste-fill").query().isDisabled());
        Labeled replaces = robot.lookup("#paste-replaces").queryAs(Labeled.class);
        assertThat(replaces.isVisible()).as("the sample's typed challenge would be replaced").isTrue();
        assertThat(replaces.getText()).contains(main.i18n().get("paste.field.challenge"));

        Window dialog = robot.lookup("#paste-text").query().getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getX()).as("left edge inside the window").isGreaterThanOrEqualTo(stage.getX());
        assertThat(dialog.getY()).as("top inside the window").isGreaterThanOrEqualTo(stage.getY());
        assertThat(dialog.getX() + dialog.getWidth()).as("right edge inside the window")
                .isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        assertThat(dialog.getY() + dialog.getHeight()).as("bottom inside the window")
                .isLessThanOrEqualTo(stage.getY() + stage.getHeight());
        Node fill = robot.lookup("#paste-fill").query();
        assertThat(fill.localToScreen(fill.getLayoutBounds()).getMaxY()).as("Fill in the pages in sight")
                .isLessThanOrEqualTo(dialog.getY() + dialog.getHeight());
        assertThat(cutShort(dialog.getScene().getRoot())).as("text cut short in the dialog").isEmpty();

        robot.clickOn("#paste-fill");
        waitUntil(() -> robot.lookup("#paste-text").tryQuery().isEmpty());
        // the letter made from the notes, in sight: what the user reads next
        waitUntil(() -> robot.lookup("#letter-body").tryQuery().map(n -> shown(n)
                && ((TextArea) n).getText().contains("vokser ikke i bedriftsmarkedet")).orElse(false));
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ChallengePageViewModel.class)));
        waitUntil(() -> robot.lookup("#challenge").tryQuery().map(n -> shown(n)
                && "Vi vokser ikke i bedriftsmarkedet.".equals(((TextArea) n).getText())).orElse(false));
        assertThat(robot.lookup("#causes").queryAs(TextArea.class).getText())
                .isEqualTo("KAM-ene selger pris, ikke rådgivning\nIngen kontoplaner\nCRM brukes nesten ikke");
        assertThat(main.wizard().page(VisionPageViewModel.class).vision.get()).startsWith("En KAM som får");
        assertThat(main.wizard().page(DecisionPageViewModel.class).steps.get()).isEqualTo("Hans Petter anbefaler");
        assertThat(main.wizard().page(NextStepPageViewModel.class).what.get()).isEqualTo("sende 90-dagersplanen");
        assertThat(robot.lookup("#status").queryAs(Labeled.class).getText())
                .startsWith(main.i18n().get("paste.filled", "").substring(0, 12));
        assertThat(stage.getTitle()).as("unsaved").endsWith("*");

        // a challenge of several lines, as pasted notes give it, shows whole: the box was squeezed to two lines with
        // its first cut off at 1024×700
        robot.interact(() -> main.wizard().page(ChallengePageViewModel.class).challenge.set("Vi vokser ikke i "
                + "bedriftsmarkedet. De store kundene kjøper bare strøm, ikke tjenester, og marginen faller hvert "
                + "kvartal. Styret vil ha vekst, og ingen eier kundene etter at avtalen er signert. Salgsteamet "
                + "selger på pris, og kundeservice kjenner ikke avtalene når kundene ringer."));
        Node bar = robot.lookup("#challenge .scroll-bar:vertical").query();
        waitUntil(() -> robot.lookup("#challenge").queryAs(TextArea.class).getText().endsWith("ringer.")
                && !bar.isVisible());
    }

    private boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Every label's text under the node, in order, one a line. */
    private static String shownText(Node root) {
        StringBuilder text = new StringBuilder();
        root.lookupAll(".label").forEach(n -> text.append(((Labeled) n).getText()).append('\n'));
        return text.toString();
    }

    private List<String> cutShort(Node root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".label")) {
            Labeled labeled = (Labeled) node;
            Text drawn = (Text) labeled.lookup(".text");
            if (!shown(labeled) || drawn == null || labeled.getText() == null || labeled.getText().isBlank()) {
                continue;
            }
            if (!drawn.getText().equals(labeled.getText()) && drawn.getText().endsWith(labeled.getEllipsisString())) {
                cut.add("\"" + labeled.getText() + "\" shown as \"" + drawn.getText() + "\"");
            } else if (labeled.isWrapText() && UiTestSupport.splitsAWord(drawn)) {
                cut.add("\"" + labeled.getText() + "\" splits a word");
            }
        }
        return cut;
    }
}
