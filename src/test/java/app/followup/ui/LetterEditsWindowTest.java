package app.followup.ui;

import static app.followup.ui.UiTestSupport.reveal;
import static app.followup.ui.UiTestSupport.type;
import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11, item 3, in the real window at 1024×700: notes changed after an edit, a saved PDF, a sent letter. */
@ExtendWith(ApplicationExtension.class)
public class LetterEditsWindowTest {
    private static final int NEXT_STEP = 5;
    private static final int LETTER = 8;
    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().dialogs(dialogs).threaded().shownAt(stage, 1024, 700);
    }

    /**
     * The test classes share one stage: the next one gets it at the size a new window has (1280×800 where the
     * screen allows), not at laptop size, where its buttons may be below the fold.
     */
    @AfterEach
    void restoreTheWindowSize(FxRobot robot) {
        robot.interact(() -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1280, screen.getWidth()));
            stage.setHeight(Math.min(800, screen.getHeight()));
        });
    }

    private void openOnTheLetterPage(FxRobot robot) {
        // a copy: marking the letter as sent saves the file
        Path copy = Samples.copy(Samples.NORDLYS, folder);
        robot.interact(() -> main.open(copy));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(LETTER));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void moveTheNextStepTo(FxRobot robot, LocalDate day) {
        robot.interact(() -> main.wizard().goTo(NEXT_STEP));
        robot.interact(() -> robot.lookup("#next-date").queryAs(DatePicker.class).setValue(day));
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(LetterEditsWindowTest::shown).orElse(false);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static List<Text> changes(FxRobot robot, String styleClass) {
        return robot.lookup("#notes-changes ." + styleClass).queryAllAs(Text.class).stream().toList();
    }

    @Test
    void notesChangedAfterAnEditAreShownEverywhereAndTheLetterCanBeKeptOrWrittenAgain(FxRobot robot) {
        openOnTheLetterPage(robot);
        assertThat(shown(robot, "#notes-changed")).isFalse();
        type(robot, "#letter-body", " Thanks again.");
        moveTheNextStepTo(robot, LocalDate.of(2026, 12, 9));

        assertThat(shown(robot, "#notes-changed-item")).as("said in the checklist, on the page the change was made")
                .isTrue();
        robot.clickOn("#notes-changed-item");
        assertThat(main.wizard().currentProperty().get()).isEqualTo(LETTER);
        assertThat(shown(robot, "#notes-changed")).isTrue();
        // the call was on the day of the first promise, so the letter gave its weekday alone ("tirsdag")
        assertThat(changes(robot, "change-removed")).as("the old day, struck through")
                .anyMatch(t -> t.isStrikethrough() && t.getText().contains("tirsdag"));
        assertThat(changes(robot, "change-added")).anyMatch(t -> t.getText().contains("9.\u00a0desember"));
        assertThat(cutShort(robot)).as("nothing in the notice cut short at 1024×700").isEmpty();
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);

        robot.clickOn("#letter-keep");
        assertThat(shown(robot, "#notes-changed")).isFalse();
        assertThat(shown(robot, "#notes-changed-item")).isFalse();
        assertThat(body.getText()).endsWith("Thanks again.").contains("Jeg ringer deg tirsdag");
        assertThat(body.isFocused()).as("the keyboard is back in the letter").isTrue();

        moveTheNextStepTo(robot, LocalDate.of(2026, 12, 10));
        robot.interact(() -> main.wizard().goTo(LETTER));
        assertThat(shown(robot, "#notes-changed")).isTrue();
        robot.clickOn("#letter-rewrite");
        assertThat(body.getText()).doesNotContain("Thanks again.").contains("10.\u00a0desember");
        assertThat(shown(robot, "#letter-undo-reset")).isTrue();
        // under the letter, as "Back to the generated letter" is: a page is shown from its top
        UiTestSupport.reveal(robot, "#letter-undo-reset");
        robot.clickOn("#letter-undo-reset");
        assertThat(body.getText()).endsWith("Thanks again.");
    }

    @Test
    void aSavedPdfIsOutOfDateOnceTheLetterChangesAndIsSavedAgainToTheSamePlace(FxRobot robot) throws Exception {
        openOnTheLetterPage(robot);
        Path pdf = folder.resolve("letter.pdf");
        dialogs.pdfToSave = pdf;
        reveal(robot, "#save-pdf");
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf));
        byte[] first = Files.readAllBytes(pdf);
        assertThat(shown(robot, "#exports-out-of-date")).isFalse();

        type(robot, "#letter-body", " Thanks again.");
        waitUntil(() -> shown(robot, "#exports-out-of-date"));
        assertThat(robot.lookup("#exports-out-of-date-text").queryAs(Label.class).getText()).matches(
                "The PDF you saved at \\d\\d:\\d\\d \\(letter\\.pdf\\) is out of date: the letter has changed since\\.");
        assertThat(cutShort(robot)).isEmpty();
        reveal(robot, "#save-again");
        robot.clickOn("#save-again");
        waitUntil(() -> !shown(robot, "#exports-out-of-date"));
        assertThat(Files.readAllBytes(pdf)).isNotEqualTo(first);
    }

    /** A tester reopened the file her PDF was saved from, and "Show PDF in folder" was greyed. */
    @Test
    void thePdfSavedBeforeIsOfferedAgainWhenTheFileIsOpenedAgainAndSaidOutOfDateWhenItIs(FxRobot robot)
            throws Exception {
        Path notes = Files.copy(Samples.NORDLYS, folder.resolve("nordlys.followup.json"));
        robot.interact(() -> main.open(notes));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(LETTER));
        Path pdf = folder.resolve("letter.pdf");
        dialogs.pdfToSave = pdf;
        reveal(robot, "#save-pdf");
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf));

        robot.interact(() -> main.open(notes));
        waitUntil(() -> main.document().isOpen() && main.wizard().currentProperty().get() == 0);
        robot.interact(() -> main.wizard().goTo(LETTER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#show-pdf").queryAs(Labeled.class).isDisabled()).as("the PDF is still there")
                .isFalse();
        assertThat(shown(robot, "#exports-out-of-date")).as("the letter is the one the PDF was made from").isFalse();
        type(robot, "#letter-body", " Thanks again.");
        waitUntil(() -> shown(robot, "#exports-out-of-date"));
        assertThat(robot.lookup("#exports-out-of-date-text").queryAs(Label.class).getText()).contains("letter.pdf");

        Files.delete(pdf);
        dialogs.unsavedAnswer = app.followup.ui.common.Dialogs.Unsaved.DISCARD;
        robot.interact(() -> main.open(notes));
        waitUntil(() -> main.wizard().currentProperty().get() == 0);
        robot.interact(() -> main.wizard().goTo(LETTER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#show-pdf").queryAs(Labeled.class).isDisabled()).as("a PDF deleted since").isTrue();
    }

    /**
     * A tester hurrying the letter out saved the PDF of a new application before its notes had a file, then saved
     * the notes and opened them again: "Show PDF in folder" was greyed.
     */
    @Test
    void aPdfSavedBeforeTheNotesFirstSaveIsOfferedWhenTheFileIsOpenedAgain(FxRobot robot) throws Exception {
        robot.interact(() -> main.newApplication());
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(LETTER));
        Path pdf = folder.resolve("letter.pdf");
        dialogs.pdfToSave = pdf;
        reveal(robot, "#save-pdf");
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf));
        Path notes = folder.resolve("new.followup.json");
        dialogs.toSave = notes;
        robot.interact(() -> main.save());
        waitUntil(() -> Files.exists(notes) && !main.document().dirtyProperty().get());

        robot.interact(() -> main.open(notes));
        waitUntil(() -> main.document().isOpen() && main.wizard().currentProperty().get() == 0);
        robot.interact(() -> main.wizard().goTo(LETTER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#show-pdf").queryAs(Labeled.class).isDisabled()).as("the PDF saved before")
                .isFalse();
        assertThat(shown(robot, "#exports-out-of-date")).as("the letter is the one the PDF was made from").isFalse();
    }

    private String intro(FxRobot robot) {
        return robot.lookup(".page-intro").queryAllAs(Label.class).stream().filter(LetterEditsWindowTest::shown)
                .findFirst().orElseThrow().getText();
    }

    @Test
    void aSentLetterIsReadOnlyUntilTheUserChoosesToEditIt(FxRobot robot) {
        openOnTheLetterPage(robot);
        assertThat(intro(robot)).contains("Edit it freely");
        reveal(robot, "#mark-sent");
        robot.clickOn("#mark-sent");
        assertThat(intro(robot)).as("a sent letter is not to be edited freely").doesNotContain("Edit it freely")
                .contains("marked as sent and locked").contains("Edit anyway");
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        assertThat(body.isEditable()).isFalse();
        assertThat(body.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("sent"));
        assertThat(robot.lookup("#letter-sent").queryAs(Label.class).getText())
                .isEqualTo("Sent 27\u00a0November. This is the letter as sent.");
        assertThat(shown(robot, "#letter-reset")).as("not offered on a sent letter").isFalse();
        assertThat(cutShort(robot)).isEmpty();
        assertThat(pageWiderThanWindow(robot)).as("the sent line wraps rather than widen the page").isFalse();
        String sent = body.getText();
        robot.clickOn(body).write("x");
        assertThat(body.getText()).isEqualTo(sent);

        reveal(robot, "#letter-edit-anyway");
        robot.clickOn("#letter-edit-anyway");
        assertThat(body.isEditable()).isTrue();
        assertThat(intro(robot)).startsWith("You are editing a letter already marked as sent.");
        // the row holds the sent letter's own buttons until it is "not sent after all"; "Not sent after all" stays put
        assertThat(shown(robot, "#letter-reset")).isFalse();
        assertThat(robot.lookup("#letter-sent").queryAs(Label.class).getText()).isEqualTo("Sent 27\u00a0November");

        reveal(robot, "#letter-unmark-sent");
        robot.clickOn("#letter-unmark-sent");
        assertThat(body.isEditable()).isTrue();
        assertThat(main.document().round().letter()).as("sent as written from the notes: following them again")
                .isNull();
        assertThat(intro(robot)).contains("Edit it freely");
    }

    @Test
    void theNewButtonsHaveAltLettersOfTheirOwnInBothLanguages(FxRobot robot) {
        openOnTheLetterPage(robot);
        dialogs.pdfToSave = folder.resolve("letter.pdf");
        reveal(robot, "#save-pdf");
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(folder.resolve("letter.pdf")));
        type(robot, "#letter-body", " Thanks again.");
        moveTheNextStepTo(robot, LocalDate.of(2026, 12, 9));
        robot.interact(() -> main.wizard().goTo(LETTER));
        waitUntil(() -> shown(robot, "#notes-changed") && shown(robot, "#exports-out-of-date"));
        assertThat(altLetterClashes(robot)).isEmpty();
        robot.interact(() -> main.wizard().page(LetterPageViewModel.class).sent().markSent());
        waitUntil(() -> shown(robot, "#letter-edit-anyway"));
        assertThat(altLetterClashes(robot)).isEmpty();
    }

    /** Every Alt letter shown on the page, with the menu bar's, claimed once, in Norwegian and in English. */
    private List<String> altLetterClashes(FxRobot robot) {
        List<String> clashes = new ArrayList<>();
        for (var language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
            robot.interact(() -> main.i18n().localeProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            Map<Character, String> seen = new HashMap<>();
            robot.interact(() -> {
                List<Labeled> labels = new ArrayList<>(robot.lookup(node -> node instanceof Labeled labeled
                        && labeled.isMnemonicParsing() && shown(node)).queryAllAs(Labeled.class));
                for (Labeled labeled : labels) {
                    String text = labeled.getText();
                    int at = text == null ? -1 : text.indexOf('_');
                    if (at >= 0 && at + 1 < text.length()) {
                        String earlier = seen.putIfAbsent(Character.toLowerCase(text.charAt(at + 1)), text);
                        if (earlier != null && !earlier.equals(text)) {
                            clashes.add(language + ": " + earlier + " / " + text);
                        }
                    }
                }
                robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(menu -> {
                    String text = menu.getText();
                    String earlier = seen.putIfAbsent(Character.toLowerCase(text.charAt(text.indexOf('_') + 1)),
                            text);
                    if (earlier != null && !earlier.equals(text)) {
                        clashes.add(language + ": " + earlier + " / " + text);
                    }
                });
            });
        }
        return clashes;
    }

    private static boolean pageWiderThanWindow(FxRobot robot) {
        boolean[] wider = new boolean[1];
        robot.interact(() -> {
            for (Node n = robot.lookup("#letter-sent").query(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane page) {
                    wider[0] = page.getContent().getLayoutBounds().getWidth() > page.getViewportBounds().getWidth() + 1;
                    return;
                }
            }
        });
        return wider[0];
    }

    private List<String> cutShort(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (Labeled labeled : robot.lookup(node -> node instanceof Labeled && shown(node))
                    .queryAllAs(Labeled.class)) {
                Text drawn = (Text) labeled.lookup(".text");
                if (labeled.getText() != null && drawn != null
                        && !drawn.getText().equals(labeled.getText())
                        && drawn.getText().endsWith(labeled.getEllipsisString())) {
                    cut.add(labeled.getText());
                }
            }
        });
        return cut;
    }
}
