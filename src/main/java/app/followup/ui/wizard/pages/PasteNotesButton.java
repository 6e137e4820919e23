package app.followup.ui.wizard.pages;

import app.followup.ui.controls.Forms;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** "Paste your notes…", where a page offers it: page 1 beside the invitation's button, page 3 at its top. */
final class PasteNotesButton {
    private PasteNotesButton() {
    }

    static Button of(Forms forms, String id, Runnable paste) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(forms.i18n().text("paste.button"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> paste.run());
        return button;
    }
}
