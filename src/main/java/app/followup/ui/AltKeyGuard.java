package app.followup.ui;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Releasing Alt after an Alt shortcut must not put the menu bar in charge of the keyboard. JavaFX's menu bar
 * enters its menu mode when Alt is released and it saw no other key pressed since Alt; but a shortcut's letter is
 * taken by the mnemonic before the menu bar's filter sees it, so after Alt+N (Next) the menu bar took the next
 * keys typed and they vanished. This tells the menu bar that another key was pressed, with a key event of no key,
 * and leaves every real key event alone. Alt pressed and released by itself still opens the menu mode.
 */
final class AltKeyGuard implements EventHandler<KeyEvent> {
    private final Window window;
    private boolean altDown;

    private AltKeyGuard(Window window) {
        this.window = window;
    }

    static void install(Window window) {
        AltKeyGuard guard = new AltKeyGuard(window);
        window.addEventFilter(KeyEvent.KEY_PRESSED, guard);
        window.addEventFilter(KeyEvent.KEY_RELEASED, guard);
    }

    @Override
    public void handle(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.ALT || code == KeyCode.ALT_GRAPH) {
            altDown = event.getEventType() == KeyEvent.KEY_PRESSED;
        } else if (altDown && code != KeyCode.UNDEFINED && event.getEventType() == KeyEvent.KEY_PRESSED) {
            Scene scene = window.getScene();
            if (scene != null) {
                Event.fireEvent(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "",
                        KeyCode.UNDEFINED, false, false, true, false));
            }
        }
    }
}
