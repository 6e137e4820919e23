package app.followup.ui.controls;

import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space opens a closed drop-down list, as it does in the platform's own toolkits; JavaFX opens one only on F4 or
 * Alt+Down, which no tester found. An editable box keeps Space for typing.
 */
public final class SpaceOpensList {
    private SpaceOpensList() {
    }

    public static <T extends ComboBoxBase<?>> T on(T box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !box.isEditable() && !box.isShowing()
                    && !event.isShortcutDown() && !event.isAltDown()) {
                box.show();
                event.consume();
            }
        });
        return box;
    }
}
