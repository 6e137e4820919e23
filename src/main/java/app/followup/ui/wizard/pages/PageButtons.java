package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import javafx.scene.control.Button;

/** A button whose text, with its Alt letter, follows the window's language. */
final class PageButtons {
    private PageButtons() {
    }

    static Button of(String id, String key, Runnable action, I18n i18n) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
