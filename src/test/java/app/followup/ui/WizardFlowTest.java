package app.followup.ui;

import app.followup.ui.common.RecordingPlatform;
import app.followup.ui.common.Dialogs;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static app.followup.ui.UiTestSupport.type;
import static app.followup.ui.UiTestSupport.waitUntil;

/** The real window, headless under Monocle, used as a candidate would after an interview. */
@ExtendWith(ApplicationExtension.class)
public class WizardFlowTest {
    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> browsed = new ArrayList<>();
    private final RecordingPlatform platform = RecordingPlatform.opensEverything();
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = TestWindow.english().dialogs(dialogs).threaded().opener(platform.opener()).build();
        FollowUpApp.install(stage, main);
        stage.show();
    }


    private void openSample(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup("#employer").tryQuery().map(Node::isVisible).orElse(false));
    }


    @Test
    void fromANewApplicationToASavedFileAndAPdfWithTheChallenge(FxRobot robot) throws Exception {
        dialogs.candidate = MainViewModelTest.KARI;
        robot.clickOn("#start-new");
        type(robot, "#employer", "Nordlys Software AS");
        type(robot, "#position", "Key Account Manager");
        robot.clickOn("#next");

        robot.clickOn("#participants-add");
        type(robot, "#participant-name", "Ola Hansen");
        type(robot, "#participant-email", "ola.hansen@nordlys");
        robot.clickOn("#next");
        assertThat(robot.lookup("#participants-email-problem").queryAs(Label.class).getText())
                .as("a broken email keeps the user on the page, and says why")
                .isEqualTo("\"ola.hansen@nordlys\" does not look like an email address.");
        type(robot, "#participant-email", ".example");
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#next");

        type(robot, "#challenge", "The partner channel is not growing");
        type(robot, "#causes", "Nobody owns the partners");
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        type(robot, "#vision", "A KAM who owns the top 40 partners");
        robot.clickOn("#agreed");

        for (int i = 0; i < 5; i++) {
            robot.clickOn("#next");
        }
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        assertThat(body.getText()).as("an English window starts English letters").startsWith("Dear Ola,")
                .contains("The partner channel is not growing. As I understand it, nobody owns the partners.")
                .contains("I am glad we agreed to take this forward.");

        Path notes = folder.resolve("nordlys.followup.json");
        dialogs.toSave = notes;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> Files.exists(notes) && !stage.getTitle().endsWith("*"));
        assertThat(Samples.load(notes).rounds().get(0).challenge()).isEqualTo("The partner channel is not growing");
        assertThat(stage.getTitle()).isEqualTo("FollowUp - nordlys.followup.json");

        Path pdf = folder.resolve("letter.pdf");
        dialogs.pdfToSave = pdf;
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf));
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("The partner channel is not growing.");
        }

        UiTestSupport.reveal(robot, "#show-pdf");
        robot.clickOn("#show-pdf");
        waitUntil(() -> platform.opened.stream().anyMatch(link -> link.startsWith("file:")
                && link.endsWith(pdf.getParent().getFileName() + "/")));

        UiTestSupport.reveal(robot, "#letter-send");
        robot.clickOn("#send-copy-recipients");
        WaitForAsyncUtils.waitForFxEvents();
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).as("the To field's content alone, no header words")
                .isEqualTo("Ola Hansen <ola.hansen@nordlys.example>");

        robot.clickOn("#send-mail-program");
        waitUntil(() -> platform.opened.stream().anyMatch(link -> link.startsWith("mailto:ola.hansen@nordlys.example?subject=")));
        robot.clickOn("#send-gmail");
        waitUntil(() -> platform.opened.stream().anyMatch(link -> link.startsWith("https://mail.google.com/")));

        // the message under the send buttons says to attach the PDF: "Mark as sent" may be below the fold now
        UiTestSupport.reveal(robot, "#mark-sent");
        robot.clickOn("#mark-sent");
        // the sent date is written by the click's event: waited for, not read in the same instant on a busy machine
        waitUntil(() -> !robot.lookup("#letter-sent").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#letter-sent").queryAs(Label.class).getText())
                .isEqualTo("Sent 27\u00a0November. This is the letter as sent.");
    }

    @Test
    void openingASampleShowsItsFieldsAndLetter(FxRobot robot) {
        openSample(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#employer").queryAs(TextField.class).getText()).isEqualTo("Nordlys Software AS");
        assertThat(robot.lookup("#live-letter").queryAs(TextArea.class).getText())
                .isEqualTo(Samples.resource("golden/nb-sponsor.txt").replace("i dag", "i går").strip());
        robot.clickOn("#next");
        assertThat(robot.lookup("#participant-name").queryAllAs(TextField.class))
                .extracting(TextField::getText).containsExactly("Ola Hansen", "Eva Berg", "Per Li");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
        openSample(robot);
        type(robot, "#position", " II");
        dialogs.unsavedAnswer = Dialogs.Unsaved.CANCEL;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.asked).contains("unsaved:nordlys-key-account-manager.followup.json");
        assertThat(stage.isShowing()).isTrue();
        dialogs.unsavedAnswer = Dialogs.Unsaved.DISCARD;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isFalse();
        assertThat(Samples.load(Samples.NORDLYS).position()).as("the sample on disk is untouched")
                .isEqualTo("Key Account Manager");
    }

    @Test
    void switchingTheLanguageFromTheMenuChangesEveryLabel(FxRobot robot) {
        openSample(robot);
        assertThat(robot.lookup("#next").queryAs(Button.class).getText()).isEqualTo("_Next");
        robot.clickOn("Language").clickOn("Norsk (bokmål)");
        assertThat(robot.lookup("#next").queryAs(Button.class).getText()).isEqualTo("_Neste");
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Intervju");
        assertThat(stage.getTitle()).isEqualTo("FollowUp - nordlys-key-account-manager.followup.json");
        robot.clickOn("Språk").clickOn("English");
        assertThat(robot.lookup("#next").queryAs(Button.class).getText()).isEqualTo("_Next");
    }

    @Test
    void aNewRoundContinuesFromTheLastInterview(FxRobot robot) {
        openSample(robot);
        dialogs.newRound = new Dialogs.NewRound(LocalDate.of(2026, 12, 3), app.followup.model.Stage.DECISION_MAKER);
        robot.clickOn("File").clickOn("New round…");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> rounds = robot.lookup("#round-selector").queryAs(ComboBox.class);
        assertThat(rounds.getItems()).containsExactly(0, 1);
        assertThat(rounds.getValue()).isEqualTo(1);
        assertThat(robot.lookup("#employer").queryAs(TextField.class).getText()).isEqualTo("Nordlys Software AS");
        assertThat(stage.getTitle()).endsWith("*");
        robot.interact(() -> rounds.setValue(0));
        assertThat(main.document().roundIndex()).isZero();
    }

    /** Both testers at 01:35: the closed selector kept the date the round had before the invitation moved it. */
    @Test
    void theRoundSelectorShowsTheRoundsDateAfterItChanges(FxRobot robot) {
        openSample(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> rounds = robot.lookup("#round-selector").queryAs(ComboBox.class);
        robot.interact(() -> main.document().updateRound(r -> r.withDate(LocalDate.of(2026, 11, 20))));
        waitUntil(() -> rounds.getButtonCell().getText() != null
                && rounds.getButtonCell().getText().replace('\u00a0', ' ').endsWith("20 November 2026"));
    }
}
