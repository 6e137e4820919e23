package app.followup.ui;

import static app.followup.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.ui.common.I18n;
import app.followup.letter.NudgeComposer;
import app.followup.model.ApplicationState;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.ui.board.NudgeRecorder;
import app.followup.ui.board.NudgeViewModel;
import app.followup.ui.board.NudgeWindow;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.RecordingPlatform;
import app.followup.ui.common.SendViewModel;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard as a user relies on it: one Alt letter per action, Tab that moves on, keys that arrive. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        FakeDialogs dialogs = new FakeDialogs();
        main = TestWindow.norwegian().dialogs(dialogs).threaded().build();
        FollowUpApp.install(stage, main);
        stage.show();
    }

    private void openSample(FxRobot robot) {
        robot.interact(() -> main.open(Samples.NORDLYS));
        waitUntil(() -> main.document().isOpen());
        waitUntil(() -> robot.lookup("#employer").match(KeyboardTest::shown).tryQuery().isPresent());
    }

    @Test
    void everyPageHasOneActionPerAltLetterInBothLanguages(FxRobot robot) {
        openSample(robot);
        List<String> clashes = new ArrayList<>();
        for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
            robot.interact(() -> main.i18n().localeProperty().set(language));
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (Menu menu : bar.getMenus()) {
                clashes.addAll(duplicates(language + " menu " + menu.getText(),
                        menu.getItems().stream().map(MenuItem::getText).toList()));
            }
            int pages = main.wizard().pages().size();
            for (int page = 0; page < pages; page++) {
                int index = page;
                robot.interact(() -> main.wizard().goTo(index));
                WaitForAsyncUtils.waitForFxEvents();
                List<String> texts = new ArrayList<>(bar.getMenus().stream().map(Menu::getText).toList());
                robot.lookup(node -> node instanceof Labeled labeled && labeled.isMnemonicParsing()
                        && shown(node)).queryAllAs(Labeled.class).forEach(l -> texts.add(l.getText()));
                clashes.addAll(duplicates(language + " page " + page, texts));
            }
        }
        assertThat(clashes).as("Alt letters claimed twice").isEmpty();
    }

    /** The nudge window, both kinds, both languages: every button has an Alt letter, and no letter is taken twice. */
    @Test
    void theNudgeWindowGivesEveryButtonItsOwnAltLetterInBothLanguages(FxRobot robot) {
        Notes notes = Samples.load(Samples.NORDLYS);
        List<String> problems = new ArrayList<>();
        for (NudgeComposer.Kind kind : NudgeComposer.Kind.values()) {
            for (Locale language : List.of(I18n.NORWEGIAN, I18n.ENGLISH)) {
                I18n i18n = new I18n(language);
                Stage[] window = new Stage[1];
                robot.interact(() -> window[0] = NudgeWindow.show(robot.targetWindow(), new NudgeViewModel(notes,
                        kind, LocalDate.of(2026, 12, 10), NudgeComposer.standard(), new RecordsNothing(),
                        letter -> new SendViewModel(letter, notes::candidate, name -> Optional.empty(),
                                RecordingPlatform.opensNothing().opener(), new BackgroundRunner.Immediate(), i18n)),
                        i18n));
                String where = language + " " + kind;
                Node root = window[0].getScene().getRoot();
                List<Labeled> buttons = Stream.concat(root.lookupAll(".button").stream(),
                                root.lookupAll(".menu-button").stream())
                        .filter(node -> node instanceof ButtonBase && shown(node)).map(Labeled.class::cast).toList();
                assertThat(buttons).as(where).hasSizeGreaterThanOrEqualTo(7);
                buttons.stream().filter(b -> !b.isMnemonicParsing() || mnemonic(b.getText()) == null)
                        .forEach(b -> problems.add(where + ": no Alt letter for \"" + b.getText() + "\""));
                problems.addAll(duplicates(where, buttons.stream().map(Labeled::getText).toList()));
                robot.interact(window[0]::close);
            }
        }
        assertThat(problems).as("nudge window buttons").isEmpty();
    }

    /** The window test records nothing: it only looks at the buttons. */
    private static final class RecordsNothing implements NudgeRecorder {
        @Override
        public void recordSent(Nudge nudge, Runnable done, Consumer<String> failed) {
        }

        @Override
        public void close(ApplicationState state, Runnable done, Consumer<String> failed) {
        }
    }

    /** The step the keyboard is on is ringed in the accent colour, the same step without the focus is not. */
    @Test
    void theFocusedStepIsRinged(FxRobot robot) {
        openSample(robot);
        ListView<?> steps = robot.lookup("#steps").queryAs(ListView.class);
        ListCell<?> current = robot.from(steps).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        waitUntil(() -> !steps.isFocused());
        // the focus has just left the list (typing starts in the page's first field): its style follows at the next pass
        robot.interact(() -> steps.getScene().getRoot().applyCss());
        List<Paint> unfocused = fills(current);
        robot.interact(steps::requestFocus);
        waitUntil(() -> steps.isFocused() && current.isFocused());
        robot.interact(() -> steps.getScene().getRoot().applyCss());
        List<Paint> focused = fills(current);
        assertThat(focused).as("a ring appears").isNotEqualTo(unfocused)
                .contains(Color.web("#0b6e4f"));
    }

    private static List<Paint> fills(Region region) {
        return region.getBackground() == null ? List.of()
                : region.getBackground().getFills().stream().map(BackgroundFill::getFill).toList();
    }

    @Test
    void tabLeavesAMultiLineFieldAndShiftTabComesBack(FxRobot robot) {
        openSample(robot);
        robot.interact(() -> main.wizard().goTo(2));
        waitUntil(() -> robot.lookup(".text-area").tryQuery().map(KeyboardTest::shown).orElse(false));
        TextArea area = robot.lookup(".text-area").match(KeyboardTest::shown).queryAs(TextArea.class);
        String before = area.getText();
        robot.clickOn(area).push(KeyCode.TAB);
        waitUntil(() -> !area.isFocused());
        assertThat(area.getText()).as("no tab typed into the notes").isEqualTo(before);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        waitUntil(area::isFocused);
    }

    @Test
    void afterAnAltShortcutTypingGoesIntoTheNewPagesFirstField(FxRobot robot) {
        openSample(robot);
        robot.clickOn(robot.lookup("#employer").match(KeyboardTest::shown).queryAs(Node.class));
        // Alt+N is Next in Norwegian ("_Neste"); the keys typed next must not vanish into the menu bar
        robot.push(KeyCode.ALT, KeyCode.N);
        waitUntil(() -> main.wizard().currentProperty().get() == 1);
        waitUntil(() -> robot.targetWindow().getScene().getFocusOwner() instanceof TextInputControl input
                && shown(input));
        TextInputControl first = (TextInputControl) robot.targetWindow().getScene().getFocusOwner();
        String before = first.getText();
        robot.write("Hanne");
        try {
            waitUntil(() -> first.getText().endsWith("Hanne"));
        } catch (AssertionError e) {
            throw new AssertionError("focus " + robot.targetWindow().getScene().getFocusOwner() + " first " + first
                    + " text " + first.getText(), e);
        }
        assertThat(first.getText()).as("typed at the end, nothing overwritten").isEqualTo(before + "Hanne");
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static List<String> duplicates(String where, List<String> texts) {
        Map<Character, String> seen = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String text : texts) {
            Character letter = mnemonic(text);
            if (letter == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(letter, text);
            if (earlier != null && !earlier.equals(text)) {
                clashes.add(where + ": Alt+" + letter + " for \"" + earlier + "\" and \"" + text + "\"");
            }
        }
        return clashes;
    }

    private static Character mnemonic(String text) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf('_');
        while (at >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '_') {
            at = text.indexOf('_', at + 2);
        }
        return at < 0 || at + 1 >= text.length() ? null : Character.toLowerCase(text.charAt(at + 1));
    }
}
