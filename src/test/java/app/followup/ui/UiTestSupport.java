package app.followup.ui;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do as a user would: wait for the window, type at the end of a field. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in 60 seconds", e);
        }
    }

    /**
     * Types at the end of the field, as a user who clicks into it and goes on typing. The keys go to the focused
     * field as the window's key events, all in one go: TestFX's own {@code write} lets the window settle for
     * 50 ms after every character, and the letter preview is drawn again each time, which made typing most of
     * a window test's time without testing anything more.
     */
    static void type(FxRobot robot, String id, String text) {
        // as a user: wait for the field to be there, scroll it into sight, click into it
        waitUntil(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        reveal(robot, id);
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.END);
        robot.interact(() -> {
            Node field = robot.lookup(id).query().getScene().getFocusOwner();
            text.codePoints().mapToObj(Character::toString).forEach(key -> {
                Event.fireEvent(field, key(KeyEvent.KEY_PRESSED, "", key));
                Event.fireEvent(field, key(KeyEvent.KEY_TYPED, key, key));
                Event.fireEvent(field, key(KeyEvent.KEY_RELEASED, "", key));
            });
        });
    }

    private static KeyEvent key(EventType<KeyEvent> type, String character, String text) {
        KeyCode code = type == KeyEvent.KEY_TYPED ? KeyCode.UNDEFINED : codeOf(text);
        return new KeyEvent(type, character, type == KeyEvent.KEY_TYPED ? "" : text, code, false, false, false, false);
    }

    private static KeyCode codeOf(String text) {
        KeyCode code = KeyCode.getKeyCode(text.toUpperCase(Locale.ROOT));
        return code == null ? KeyCode.UNDEFINED : code;
    }

    /** Scrolls the page so that the node is on screen, as a user scrolls down a page to reach a button. */
    static void reveal(FxRobot robot, String id) {
        robot.interact(() -> {
            Node node = robot.lookup(id).query();
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll) {
                    Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = scroll.getContent().getBoundsInLocal().getHeight()
                            - scroll.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / hidden)));
                    }
                    break;
                }
            }
            scrollLayout(node);
        });
    }

    private static void scrollLayout(Node node) {
        if (node.getScene() != null) {
            node.getScene().getRoot().layout();
        }
    }

    /** A wrapped text narrower than its longest word breaks that word in the middle. */
    static boolean splitsAWord(Text drawn) {
        double wrapping = drawn.getWrappingWidth();
        if (wrapping <= 0) {
            return false;
        }
        Text word = new Text();
        word.setFont(drawn.getFont());
        for (String each : drawn.getText().split("\\s+")) {
            word.setText(each);
            if (word.getLayoutBounds().getWidth() > wrapping + 0.5) {
                return true;
            }
        }
        return false;
    }
}
