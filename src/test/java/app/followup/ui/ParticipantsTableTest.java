package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.notes.NotesWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The participants page as a table: headings, typing in place, add, move and remove by button and by key. */
@ExtendWith(ApplicationExtension.class)
class ParticipantsTableTest {
    private MainViewModel main;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = new MainViewModel(new I18n(I18n.ENGLISH), new UserStore.InMemory(), new FakeDialogs(),
                new BackgroundRunner.Threaded(), () -> LocalDate.of(2026, 11, 27),
                new LetterComposer(new TemplateLibrary(null)));
        FollowUpApp.install(stage, main);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    private void openParticipants(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(1));
        waitUntil(() -> names(robot).size() == 3 && names(robot).get(0).getScene() != null);
    }

    private static List<TextField> names(FxRobot robot) {
        return robot.lookup("#participant-name").queryAllAs(TextField.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY())).toList();
    }

    /** As a click into the field would; a field scrolled sideways out of view cannot be clicked. */
    private static void focus(FxRobot robot, TextField field) {
        robot.interact(field::requestFocus);
        waitUntil(field::isFocused);
    }

    private List<String> saved() {
        return main.document().round().participants().stream().map(Participant::name).toList();
    }

    @Test
    void everyColumnHasAHeadingThatStaysWhileTyping(FxRobot robot) {
        openParticipants(robot);
        assertThat(robot.lookup(".column-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Name", "Email", "Role", "Addressee", "Title", "Organisation",
                        "Given name in greeting");
        focus(robot, names(robot).get(0));
        robot.push(KeyCode.END).write(" Nord");
        assertThat(robot.lookup(".column-heading").queryAllAs(Label.class)).hasSize(7);
        assertThat(saved().get(0)).isEqualTo("Ola Hansen Nord");
    }

    @Test
    void aGreetingNameTypedInPlaceGoesIntoTheLetter(FxRobot robot) {
        openParticipants(robot);
        TextField greeting = robot.lookup("#participant-greeting-name").nth(0).queryAs(TextField.class);
        assertThat(greeting.getPromptText()).as("the name the letter guesses").isEqualTo("Ola");
        // far right at 1024 pixels: Tab walks there, and the table scrolls sideways to it
        focus(robot, names(robot).get(0));
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.TAB);
        }
        waitUntil(greeting::isFocused);
        robot.write("Ola Martin");
        assertThat(main.document().round().participants().get(0).greetingName()).isEqualTo("Ola Martin");
    }

    @Test
    void addPutsTheCaretInTheNewRowsFirstField(FxRobot robot) {
        openParticipants(robot);
        robot.clickOn("#participants-add");
        waitUntil(() -> names(robot).size() == 4);
        TextField added = names(robot).get(3);
        waitUntil(added::isFocused);
        robot.write("Kari Lie");
        assertThat(saved()).containsExactly("Ola Hansen", "Eva Berg", "Per Li", "Kari Lie");
    }

    @Test
    void rowsMoveAndGoByButtonAndByKeyKeepingTheFocus(FxRobot robot) {
        openParticipants(robot);
        focus(robot, names(robot).get(1));
        robot.clickOn("#participants-up");
        assertThat(saved()).containsExactly("Eva Berg", "Ola Hansen", "Per Li");
        TextField eva = names(robot).get(0);
        assertThat(eva.getText()).isEqualTo("Eva Berg");
        assertThat(eva.isFocused()).as("the moved row keeps the focus").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).containsExactly("Ola Hansen", "Per Li", "Eva Berg");
        assertThat(robot.lookup("#participants-down").queryButton().isDisabled()).as("the last row").isTrue();

        robot.press(KeyCode.ALT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).containsExactly("Ola Hansen", "Per Li");
        waitUntil(() -> names(robot).get(1).isFocused());
        robot.clickOn("#participants-remove");
        assertThat(saved()).containsExactly("Ola Hansen");
    }

    @Test
    void aBrokenAddressIsPointedOutOnlyAfterLeavingTheField(FxRobot robot) {
        openParticipants(robot);
        robot.clickOn("#participants-add");
        waitUntil(() -> names(robot).size() == 4);
        robot.write("Kari Lie");
        robot.push(KeyCode.TAB).write("kari@lie");
        Label problem = robot.lookup("#participants-email-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).as("still typing").isFalse();
        robot.push(KeyCode.TAB);
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).isEqualTo("\"kari@lie\" does not look like an email address.");
        robot.push(KeyCode.SHIFT, KeyCode.TAB).push(KeyCode.END).write(".example");
        waitUntil(() -> !problem.isVisible());
    }

    @Test
    void nextStaysAliveWhileAnAddressIsTypedAndSaysWhatIsWrongWhenPressed(FxRobot robot) {
        openParticipants(robot);
        robot.clickOn("#participants-add");
        waitUntil(() -> names(robot).size() == 4);
        robot.write("Kari Lie");
        robot.push(KeyCode.TAB).write("kari@lie");
        Button next = robot.lookup("#next").queryButton();
        assertThat(next.isDisabled()).as("not punished while typing").isFalse();
        Label problem = robot.lookup("#participants-email-problem").queryAs(Label.class);
        // the caret goes back to the address, at its end
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        waitUntil(problem::isVisible);
        assertThat(main.wizard().currentProperty().get()).as("stays on the page").isEqualTo(1);
        assertThat(problem.getText()).isEqualTo("\"kari@lie\" does not look like an email address.");
        TextField email = robot.lookup("#participant-email").nth(3).queryAs(TextField.class);
        waitUntil(email::isFocused);
        assertThat(next.isDisabled()).as("never dead: pressed again, it says the same").isFalse();
        robot.write(".example");
        waitUntil(() -> !problem.isVisible());
        robot.clickOn(next);
        waitUntil(() -> main.wizard().currentProperty().get() == 2);
        assertThat(main.document().round().participants().get(3).email()).isEqualTo("kari@lie.example");
    }

    /**
     * What a tester saw at 1280×800: the divider and the columns moved as text was typed and rows were added, so a
     * second click hit another control. The page's width is decided when it is shown, not by what is typed.
     */
    @Test
    void typingALongValueAndAddingARowMovesNeitherTheDividerNorTheColumns(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        openParticipants(robot);
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        List<Double> before = places(robot, split);
        TextField title = robot.lookup("#participant-title").nth(0).queryAs(TextField.class);
        focus(robot, title);
        robot.push(KeyCode.END).write(", Nordic and Baltic region, strategic accounts");
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places(robot, split)).as("divider, then the headings' x").isEqualTo(before);
        robot.clickOn("#participants-add");
        waitUntil(() -> names(robot).size() == 4);
        robot.write("Kari Lie-Johannessen Kristiansand").push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places(robot, split)).as("divider, then the headings' x").isEqualTo(before);
    }

    /** The role list opened and the columns jumped sideways under the mouse, in either language and size. */
    @Test
    void openingARoleListMovesNoColumn(FxRobot robot) {
        openParticipants(robot);
        atEachLaptopSizeInBothLanguages(robot, () -> { }, where -> {
            WaitForAsyncUtils.waitForFxEvents();
            SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
            List<Double> before = places(robot, split);
            robot.lookup("#participant-role").queryAll().forEach(n -> before.add(n.getLayoutBounds().getWidth()));
            javafx.scene.control.ComboBox<?> role = robot.lookup("#participant-role").nth(1)
                    .queryAs(javafx.scene.control.ComboBox.class);
            robot.clickOn(role);
            waitUntil(role::isShowing);
            WaitForAsyncUtils.waitForFxEvents();
            List<Double> open = places(robot, split);
            robot.lookup("#participant-role").queryAll().forEach(n -> open.add(n.getLayoutBounds().getWidth()));
            robot.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            List<Double> closed = places(robot, split);
            robot.lookup("#participant-role").queryAll().forEach(n -> closed.add(n.getLayoutBounds().getWidth()));
            assertThat(open).as(where + ": divider, then the headings' x, with the list open").isEqualTo(before);
            assertThat(closed).as(where + ": and closed again").isEqualTo(before);
        });
    }

    private static List<Double> places(FxRobot robot, SplitPane split) {
        List<Double> places = new ArrayList<>();
        // the page's width: where the divider is, or the whole split when the letter folded away for the page
        places.add(split.getItems().get(0).getLayoutBounds().getWidth());
        robot.lookup(".column-heading").queryAllAs(Label.class)
                .forEach(heading -> places.add(heading.localToScene(0, 0).getX()));
        return places;
    }

    /** A typical title of twenty characters shows whole, not scrolled ("ead of Sales"), and no heading takes more than two lines. */
    @Test
    void titlesShowWholeAndHeadingsTakeAtMostTwoLines(FxRobot robot) {
        openParticipants(robot);
        List<String> wrong = new ArrayList<>();
        atEachLaptopSizeInBothLanguages(robot, () -> {
            robot.lookup("#participant-title").nth(0).queryAs(TextField.class).setText("Key Account Director");
            robot.lookup("#participant-title").nth(1).queryAs(TextField.class).setText("Head of Sales");
        }, where -> {
            for (Label heading : robot.lookup(".column-heading").queryAllAs(Label.class)) {
                Text measured = new Text("Xg");
                measured.setFont(heading.getFont());
                if (heading.getHeight() > 2.5 * measured.getLayoutBounds().getHeight()) {
                    wrong.add(where + ": '" + heading.getText() + "' is " + heading.getHeight() + " high");
                }
            }
            for (TextField title : robot.lookup("#participant-title").queryAllAs(TextField.class)) {
                Text measured = new Text(title.getText());
                measured.setFont(title.getFont());
                double room = title.getWidth() - title.snappedLeftInset() - title.snappedRightInset();
                if (measured.getLayoutBounds().getWidth() > room) {
                    wrong.add(where + ": '" + title.getText() + "' in " + room + " pixels");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /**
     * A new application at 1024×700, first visit: "Add participant" was cut to "..." beside the live letter, and
     * the page made its room only once rows were added.
     */
    @Test
    void aNewApplicationsFirstVisitHasTheRoomAPageWithRowsHas(FxRobot robot) {
        robot.interact(() -> main.newApplication());
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(1));
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#participants-add").queryButton();
        waitUntil(() -> add.getScene() != null && add.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#live-letter").tryQuery().map(Node::getScene)).as("the letter steps aside")
                .isEmpty();
        Text drawn = (Text) add.lookup(".text");
        assertThat(drawn.getText()).as("the button's words whole").isEqualTo(add.getText().replace("_", ""));
        assertThat(names(robot)).as("no field to type in before a row is added").isEmpty();
        assertThat(stage.getScene().getFocusOwner()).as("typing goes nowhere unseen")
                .matches(owner -> owner == null || owner.isVisible());

        // the checklist's items change while it is out of the window; back beside page 3, they are whole
        robot.clickOn(add);
        waitUntil(() -> names(robot).size() == 1);
        UiTestSupport.type(robot, "#participant-name", "Rachel O'Neill");
        robot.interact(() -> main.wizard().goTo(2));
        javafx.scene.control.ScrollPane checklist = robot.lookup("#checklist .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        waitUntil(() -> checklist.getScene() != null && checklist.getViewportBounds().getHeight()
                >= Math.min(150, checklist.getContent().getLayoutBounds().getHeight()) - 1);
    }

    /** Every column in view at both laptop sizes and in both languages: no sideways scroll bar, no field cut off. */
    @Test
    void theWholeTableIsInViewAtLaptopSizes(FxRobot robot) {
        openParticipants(robot);
        assertThat(partsOutOfView(robot)).isEmpty();
    }

    /**
     * Five participants, two of them read from an invitation: the page grows taller than a 1024×700 window and its
     * vertical scroll bar took the width the table needed, so a sideways scroll bar came with it.
     */
    @Test
    void theWholeTableIsInViewWhenThePageScrollsDown(FxRobot robot, @TempDir Path folder) throws IOException {
        Notes notes = Samples.load(Samples.NORDLYS);
        Round round = notes.rounds().get(0);
        List<Participant> more = new ArrayList<>(round.participants());
        more.add(Participant.of("Helen Marsh", null, "helen.marsh@northgate.co.uk", null));
        more.add(Participant.of("David Lee", null, "david.lee@northgate.co.uk", null));
        Path file = folder.resolve("five.followup.json");
        Files.write(file, new NotesWriter().write(notes.withRound(0, round.withParticipants(more))));
        robot.interact(() -> main.open(file));
        waitUntil(() -> main.document().isOpen());
        robot.interact(() -> main.wizard().goTo(1));
        waitUntil(() -> names(robot).size() == 5 && names(robot).get(4).getScene() != null);
        assertThat(partsOutOfView(robot)).isEmpty();
    }

    private List<String> partsOutOfView(FxRobot robot) {
        List<String> hidden = new ArrayList<>();
        atEachLaptopSizeInBothLanguages(robot, () -> { }, where -> {
            robot.lookup(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && shown(bar)).queryAll().forEach(bar -> hidden.add(where + ": a sideways scroll bar"));
            Node table = robot.lookup("#participants").query();
            Bounds page = table.getParent().localToScene(table.getParent().getLayoutBounds());
            Bounds window = new BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
            for (Node field : robot.lookup("#participants .text-field").queryAll()) {
                Bounds bounds = field.localToScene(field.getLayoutBounds());
                if (bounds.getMaxX() > page.getMaxX() + 0.5 || !window.contains(bounds.getMaxX() - 1,
                        bounds.getMinY() + 1)) {
                    hidden.add(where + ": " + field.getId() + " ends at " + bounds.getMaxX());
                }
            }
        });
        return hidden;
    }

    /**
     * The window at 1024×700 and at 1280×800, each in Norwegian and in English: {@code setUp} runs on the JavaFX
     * thread after the size and language are set, then {@code check} is told where it is ("1024×700 nb_NO").
     */
    private void atEachLaptopSizeInBothLanguages(FxRobot robot, Runnable setUp,
                                                 java.util.function.Consumer<String> check) {
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.i18n().localeProperty().set(language);
                    setUp.run();
                });
                WaitForAsyncUtils.waitForFxEvents();
                check.accept((int) size[0] + "×" + (int) size[1] + " " + language);
            }
        }
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
