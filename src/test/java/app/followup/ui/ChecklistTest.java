package app.followup.ui;

import app.followup.TestNotes;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Heavy;
import app.followup.Samples;
import app.followup.model.Employer;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.notes.NotesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import java.util.Locale;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist in the real window: it follows the letter, goes to the page concerned, and replaces words. */
@ExtendWith(ApplicationExtension.class)
public class ChecklistTest {
    @TempDir
    Path folder;
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FakeDialogs dialogs = new FakeDialogs();
        main = TestWindow.english().dialogs(dialogs).threaded().today(LocalDate.of(2026, 11, 26)).build();
        FollowUpApp.install(stage, main);
        stage.show();
    }

    private void open(FxRobot robot) throws TimeoutException {
        // a copy: marking the letter as sent saves the file
        Path copy = Samples.copy(Samples.NORDLYS, folder);
        robot.interact(() -> main.open(copy));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> main.document().isOpen());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button item(FxRobot robot, String code) {
        return robot.lookup(".advice-item").queryAllAs(Button.class).stream()
                .filter(b -> code.equals(b.getUserData())).findFirst().orElse(null);
    }

    /** Hostile text in every kind of field, with long fields and twenty participants: every run. */
    @Test
    void hostileTextLongFieldsAndManyParticipantsOpenRenderAndSave(FxRobot robot) throws Exception {
        openRenderAndSaveHostileText(robot, 20, 2_000, 1);
    }

    /** The stress run: 20,000-character fields and two hundred participants, a letter of several pages. */
    @Test
    @Heavy
    void hostileTextLongFieldsAndTwoHundredParticipantsOpenRenderAndSave(FxRobot robot) throws Exception {
        openRenderAndSaveHostileText(robot, 200, 20_000, 4);
    }

    private void openRenderAndSaveHostileText(FxRobot robot, int participants, int fieldLength, int pdfPages)
            throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        String hostile = "😀 漢字 עברית العربية e\u0301\u0302 \u200b\u202e \u0000\u0007 tab\there\nline";
        String longWord = "x".repeat(fieldLength);
        // decomposed accents, as macOS and many PDFs copy text: the whole field length in one paragraph
        String sentence = "Kundene på kafeen i Tromsø åpner dører for idéer. ";
        String decomposed = Normalizer.normalize(sentence.repeat(fieldLength / sentence.length()),
                Normalizer.Form.NFD);
        List<Participant> many = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            many.add(Participant.of("Deltaker " + i + " " + hostile.substring(0, 40), null,
                    "d" + i + "@firma.example", Role.OTHER));
        }
        Path file = TestNotes.nordlys()
                .lastRound(round -> round.withParticipants(many).withChallenge(longWord)
                        .withCauses(List.of(hostile, decomposed)).withHiringVision(hostile))
                .change(notes -> notes.withEmployer(new Employer(hostile, List.of(hostile, longWord), null)))
                .saveAs(Files.createTempFile("hostile", ".followup.json"));
        robot.interact(() -> main.open(file));
        UiTestSupport.waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(1));
        assertThat(robot.lookup("#participant-name").queryAll()).hasSize(participants);
        robot.interact(() -> main.wizard().goTo(8));
        LetterPageViewModel letter = main.wizard().page(LetterPageViewModel.class);
        robot.interact(letter::refreshPreview);
        UiTestSupport.waitUntil(() -> letter.preview().pagesProperty().get() != null);
        assertThat(item(robot, "glyph-missing")).isNotNull();
        assertThat(robot.lookup("#letter-body").queryAs(TextArea.class).getText()).contains("漢字");
        Path pdf = file.resolveSibling(file.getFileName() + ".pdf");
        robot.interact(() -> letter.exports().savePdf(pdf));
        UiTestSupport.waitUntil(() -> Files.exists(pdf));
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(pdfPages);
        }
        // typed into the 20,000-character field, saved, read back
        robot.interact(() -> main.wizard().goTo(2));
        assertThat(robot.lookup("#causes").queryAs(TextArea.class).getText())
                .as("shown composed, which JavaFX lays out quickly").endsWith("Tromsø åpner dører for idéer. ");
        robot.interact(() -> robot.lookup("#challenge").queryAs(TextArea.class).appendText(" o\u0308k ✓"));
        robot.interact(main::save);
        UiTestSupport.waitUntil(() -> !main.document().dirtyProperty().get());
        Round saved = new NotesFile().load(file).rounds().get(0);
        assertThat(saved.challenge()).isEqualTo(longWord + " ök ✓");
        assertThat(saved.participants()).hasSize(participants);
        assertThat(saved.causes()).as("fields not edited are kept as they were").containsExactly(hostile, decomposed);
        assertThat(uncaught).isEmpty();
        Files.deleteIfExists(file);
        Files.deleteIfExists(pdf);
    }

    @Test
    void aTimelySampleShowsOnlyTheDeadline(FxRobot robot) throws Exception {
        open(robot);
        assertThat(robot.lookup(".advice-item").queryAllAs(Button.class)).extracting(Button::getUserData)
                .containsExactly("letter-due-today");
        assertThat(robot.lookup("#deadline-banner").queryAs(Label.class).getText())
                .as("no year in this year's date, as in the letter")
                .isEqualTo("Send the letter today: the method says the same day, at the latest by 27 November.");
    }

    /**
     * One item took ~200 px from the editor and the preview at 1024×700. The panel is as tall as its items, and
     * keeps that height while the user types in the letter.
     */
    @Test
    void oneItemTakesTheRoomOfOneItemAndStaysPutWhileTyping(FxRobot robot) throws Exception {
        double[] size = {stage.getWidth(), stage.getHeight()};
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        try {
            oneItemAt1024(robot);
        } finally {
            // the window is the same for the tests after this one
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
        }
    }

    private void oneItemAt1024(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        UiTestSupport.waitUntil(() -> robot.lookup(".advice-item").queryAll().size() == 1);
        Node checklist = robot.lookup("#checklist").query();
        Node item = robot.lookup(".advice-item").query();
        Node panel = robot.lookup("#checklist .scroll-pane").query();
        UiTestSupport.waitUntil(() -> panel.getLayoutBounds().getHeight()
                <= item.getLayoutBounds().getHeight() + 16);
        WaitForAsyncUtils.waitForFxEvents();
        double height = checklist.getLayoutBounds().getHeight();
        UiTestSupport.type(robot, "#letter-body", " Med vennlig hilsen og takk for sist");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checklist.getLayoutBounds().getHeight()).as("steady while typing").isEqualTo(height);
    }

    @Test
    void anItemGoesToThePageItIsAbout(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> main.wizard().page(ChallengePageViewModel.class).challenge.set(""));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> item(robot, "missing-challenge") != null);
        robot.clickOn(item(robot, "missing-challenge"));
        assertThat(main.wizard().currentProperty().get()).isEqualTo(2);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Challenge");
    }

    /** An item about a consequence opened page 3 in the Challenge field, and the user typed into the wrong one. */
    @Test
    void anItemAboutOneLineOpensItsPageInTheFieldWithThatLine(FxRobot robot) throws Exception {
        robot.interact(() -> main.open(Samples.HARBOUR));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> main.document().isOpen());
        String fragment = "margin pressure from the big boys on price";
        robot.interact(() -> main.wizard().page(ChallengePageViewModel.class).consequences
                .set("which means the Crewe plant loses volume\n" + fragment));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> item(robot, "note-fragment") != null);
        robot.clickOn(item(robot, "note-fragment"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getScene().getFocusOwner() instanceof TextArea
                && ((TextArea) stage.getScene().getFocusOwner()).getText().contains(fragment));
        TextArea consequences = (TextArea) stage.getScene().getFocusOwner();
        assertThat(consequences.getId()).isEqualTo("consequences");
        assertThat(consequences.getCaretPosition()).as("the caret at the line the item is about")
                .isEqualTo(consequences.getText().indexOf(fragment));
    }

    @Test
    void replaceAllPutsTheirWordsIntoTheEditedLetter(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> main.wizard().goTo(8));
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText(body.getText().replace("Hei Ola,", "Hei Ola, om kunder og stillingen.")));
        // the checks run in the background: the item comes, and goes, once they have read the letter
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> item(robot, "term-avoided") != null);
        robot.clickOn("#replace-all");
        assertThat(body.getText()).startsWith("Hei Ola, om partnere og KAM-rollen.");
        assertThat(main.document().round().letter().body()).startsWith("Hei Ola, om partnere og KAM-rollen.");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> item(robot, "term-avoided") == null);
        UiTestSupport.reveal(robot, "#mark-sent");
        robot.clickOn("#mark-sent");
        assertThat(robot.lookup("#deadline-banner").queryAs(Label.class).isVisible()).isFalse();
    }

    /**
     * Every piece of advice is read in full, however many lines it takes: at both laptop sizes, in both languages,
     * and with the checklist panel as narrow as the divider lets it be, none is cut short with an ellipsis.
     */
    @Test
    void everyItemShowsInFullAtLaptopSizesInBothLanguages(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            main.wizard().page(ChallengePageViewModel.class).challenge.set("");
            main.wizard().page(VisionPageViewModel.class).vision.set("");
        });
        Stage stage = (Stage) robot.lookup("#checklist").query().getScene().getWindow();
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        List<String> cut = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                for (double divider : new double[] {0.6, 0.75}) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        main.i18n().localeProperty().set(language);
                        split.setDividerPositions(divider);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> stage.getScene().getRoot().layout());
                    for (Button item : robot.lookup(".advice-item").queryAllAs(Button.class)) {
                        Text drawn = (Text) item.lookup(".text");
                        if (drawn != null && !drawn.getText().equals(item.getText())) {
                            cut.add((int) size[0] + "×" + (int) size[1] + " " + language + " divider " + divider
                                    + ": \"" + drawn.getText() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(robot.lookup(".advice-item").queryAll()).as("several pieces of advice").hasSizeGreaterThan(2);
        assertThat(cut).as("advice cut short").isEmpty();
    }

    /** The panel fits its items: it may change with their number, never with the text typed meanwhile. */
    @Test
    void theChecklistKeepsItsHeightWhileTheTextChangesAndCanBeFolded(FxRobot robot) throws Exception {
        open(robot);
        Node checklist = robot.lookup("#checklist").query();
        Node letter = robot.lookup("#live-letter").query();
        var challenge = main.wizard().page(app.followup.ui.wizard.pages.ChallengePageViewModel.class).challenge;
        robot.interact(() -> challenge.set(""));
        UiTestSupport.waitUntil(() -> item(robot, "missing-challenge") != null);
        WaitForAsyncUtils.waitForFxEvents();
        double top = letter.localToScene(0, 0).getY();
        // typing elsewhere: the advice is worked out again, its number unchanged
        for (String typed : List.of("7", "75", "750 000")) {
            robot.interact(() -> main.wizard().page(app.followup.ui.wizard.pages.PrivatePageViewModel.class)
                    .salary.set(typed));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letter.localToScene(0, 0).getY()).as("the live letter does not jump").isEqualTo(top);

        robot.clickOn("#checklist-toggle");
        UiTestSupport.waitUntil(() -> letter.localToScene(0, 0).getY() < top);
        // the missing challenge; the green "send it today" is nothing to act on and not counted
        assertThat(robot.lookup("#checklist-count").queryAs(Label.class).getText()).isEqualTo("(1)");
        robot.clickOn("#checklist-toggle");
        UiTestSupport.waitUntil(() -> letter.localToScene(0, 0).getY() == top);
        assertThat(checklist.isVisible()).isTrue();
    }

    /** "No remarks" in a box of 230 px left the preview only the letterhead at 1024×700. */
    @Test
    void withNothingToSayTheChecklistIsOneLine(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> main.wizard().goTo(main.wizard().pages().size() - 1));
        Node checklist = robot.lookup("#checklist").query();
        double withAdvice = checklist.getBoundsInLocal().getHeight();
        robot.interact(() -> main.wizard().page(app.followup.ui.wizard.pages.LetterPageViewModel.class).sent().markSent());
        UiTestSupport.waitUntil(() -> robot.lookup(".advice-item").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label none = robot.lookup("#checklist-none").queryAs(Label.class);
        assertThat(none.isVisible()).isTrue();
        assertThat(none.getText()).startsWith("Nothing to remark");
        UiTestSupport.waitUntil(() -> checklist.getBoundsInLocal().getHeight() < 60);
        assertThat(withAdvice).as("with advice the box shows it").isGreaterThan(60);
    }
}
