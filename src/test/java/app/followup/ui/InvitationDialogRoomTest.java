package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.controls.AddressText;
import app.followup.ui.wizard.pages.InvitationDialog;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The invitation dialog with the trial's longest person in it: every found person's name, address, title and
 * organisation readable whole, and the dialog wholly inside the window it was opened from (on a 1024×700 screen,
 * the screen). The trial showed "administrerende direk" in the title field and "…@fjordkraft-sol" / "utions.no".
 * One subclass a window size and language.
 */
@ExtendWith(ApplicationExtension.class)
abstract class InvitationDialogRoomTest {
    static final String NAME = "Hans Petter Lunde-Kristiansen";
    static final String TITLE = "administrerende direktør";
    static final String ORGANISATION = "Nordlys Software Distribusjon AS";
    static final String ADDRESS = "hans.petter.lunde-kristiansen@nordlys-software.example";
    private static final String INVITATION = "From: Marte Solberg <marte.solberg@rekruttpartner.no>\n"
            + "To: " + NAME + " (" + TITLE + ") <" + ADDRESS + ">; Ingrid Aas <ingrid.aas@nordlys-software.example>\n"
            + "Subject: Andre intervju – Key Account Manager\n\n"
            + "Hei alle,\nvelkommen til andre intervju med " + NAME + " (" + TITLE + ") fra " + ORGANISATION
            + ".\n\n"
            + "Med vennlig hilsen\n" + NAME + "\n" + TITLE + "\n" + ORGANISATION + "\n";
    private Stage stage;
    private MainViewModel main;

    abstract TestWindow window();

    abstract double width();

    abstract double height();

    /** Each subclass's {@code @Start}: the extension looks for it on the test class itself. */
    void begin(Stage stage) {
        this.stage = stage;
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.invitationAnswer = invitation -> new InvitationDialog(stage, main.i18n(), invitation).ask();
        main = window().dialogs(dialogs).shownAt(stage, width(), height());
    }

    @Test
    void everyFoundPersonReadsWholeInADialogInsideTheWindow(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(main.wizard().indexOf(ParticipantsPageViewModel.class)));
        waitUntil(() -> robot.lookup("#participants-from-invitation").tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        UiTestSupport.reveal(robot, "#participants-from-invitation");
        robot.clickOn("#participants-from-invitation");
        waitUntil(() -> robot.lookup("#invite-text").tryQuery().map(Node::isFocused).orElse(false));
        robot.interact(() -> robot.lookup("#invite-text").queryAs(TextArea.class).setText(INVITATION));
        waitUntil(() -> robot.lookup(".invite-person").queryAllAs(AddressText.class).stream()
                .anyMatch(p -> p.getText().contains(ADDRESS)));
        AddressText person = robot.lookup(".invite-person").queryAllAs(AddressText.class).stream()
                .filter(p -> p.getText().contains(ADDRESS)).findFirst().orElseThrow();
        // what was not read from the text, the user types: either way the fields hold the long words
        TextField title = besidePerson(person, 0);
        TextField organisation = besidePerson(person, 1);
        robot.interact(() -> {
            title.setText(TITLE);
            organisation.setText(ORGANISATION);
        });
        WaitForAsyncUtils.waitForFxEvents();

        for (TextField field : List.of(title, organisation)) {
            assertThat(textWidth(field)).as("\"" + field.getText() + "\" whole in its field")
                    .isLessThanOrEqualTo(field.getWidth() - field.snappedLeftInset() - field.snappedRightInset());
        }
        assertThat(breaksInsideAWord(NAME + " – " + ADDRESS, shownLines(person)))
                .as("the name whole, the address broken only before its @ or a dot: " + shownLines(person)).isEmpty();
        Bounds shown = person.localToScreen(person.getLayoutBounds());
        for (Node piece : person.getChildrenUnmodifiable()) {
            Bounds each = piece.localToScreen(piece.getLayoutBounds());
            assertThat(each.getMaxX()).as("no piece of the line cut off at the right").isLessThanOrEqualTo(
                    shown.getMaxX() + 0.5);
            assertThat(((Label) piece).getText()).as("no piece shortened").isEqualTo(((Text) piece.lookup(".text"))
                    .getText());
        }

        Window dialog = title.getScene().getWindow();
        assertThat(dialog.getX()).as("left edge inside the window").isGreaterThanOrEqualTo(stage.getX());
        assertThat(dialog.getY()).as("top inside the window").isGreaterThanOrEqualTo(stage.getY());
        assertThat(dialog.getX() + dialog.getWidth()).as("right edge inside the window")
                .isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        assertThat(dialog.getY() + dialog.getHeight()).as("bottom inside the window")
                .isLessThanOrEqualTo(stage.getY() + stage.getHeight());
        Node add = robot.lookup("#invite-add").query();
        assertThat(add.localToScreen(add.getLayoutBounds()).getMaxY()).as("Add in sight")
                .isLessThanOrEqualTo(dialog.getY() + dialog.getHeight());
        robot.clickOn("#invite-add");
        waitUntil(() -> main.wizard().page(ParticipantsPageViewModel.class).participants().rows().stream()
                .anyMatch(r -> ADDRESS.equals(r.email.get()) && TITLE.equals(r.title.get())));
    }

    /** Where the lines as drawn end inside a word, other than just before an address's "@" or ".". */
    private static List<String> breaksInsideAWord(String whole, List<String> lines) {
        List<String> wrong = new java.util.ArrayList<>();
        int at = 0;
        for (String line : lines) {
            int found = whole.indexOf(line, at);
            assertThat(found).as("\"" + line + "\" drawn as written, in order").isGreaterThanOrEqualTo(at);
            boolean atASpace = found == 0 || whole.charAt(found - 1) == ' ';
            if (!atASpace && !line.startsWith("@") && !line.startsWith(".")) {
                wrong.add(whole.substring(0, found) + "|" + line);
            }
            at = found + line.length();
        }
        assertThat(at).as("the whole text drawn").isEqualTo(whole.length());
        return wrong;
    }

    /** The person's title (column 0) or organisation (column 1) field, on the line under their name. */
    private static TextField besidePerson(AddressText person, int column) {
        int row = javafx.scene.layout.GridPane.getRowIndex(person) + 1;
        return person.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof TextField && javafx.scene.layout.GridPane.getRowIndex(n) == row
                        && javafx.scene.layout.GridPane.getColumnIndex(n) == column)
                .map(TextField.class::cast).findFirst().orElseThrow();
    }

    private static double textWidth(TextField field) {
        Text measured = new Text(field.getText());
        measured.setFont(field.getFont());
        return measured.getLayoutBounds().getWidth();
    }

    /** The pieces of the line grouped by the height they are drawn at: what a reader sees on each line. */
    private static List<String> shownLines(AddressText person) {
        java.util.TreeMap<Double, StringBuilder> lines = new java.util.TreeMap<>();
        for (Node piece : person.getChildrenUnmodifiable()) {
            StringBuilder line = lines.computeIfAbsent(Math.rint(piece.getLayoutY()), y -> new StringBuilder());
            line.append(line.length() > 0 && !((Label) piece).getText().matches("^[@.].*") ? " " : "")
                    .append(((Label) piece).getText());
        }
        return lines.values().stream().map(StringBuilder::toString).toList();
    }
}
