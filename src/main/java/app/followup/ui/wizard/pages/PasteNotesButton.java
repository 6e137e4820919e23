package app.followup.ui.wizard.pages;

import app.followup.ui.controls.Forms;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** "Type or paste your notes…", where a page offers it: page 1 beside the invitation's button, page 3 at its top. */
final class PasteNotesButton {
    private PasteNotesButton() {
    }

    /** @param prominent while true the button stands out, as the page's way in */
    static Button of(Forms forms, String id, Runnable paste, ObservableBooleanValue prominent) {
        Button button = new Button();
        Runnable style = () -> {
            button.getStyleClass().remove("accent");
            if (prominent.get()) {
                button.getStyleClass().add("accent");
            }
        };
        prominent.addListener(o -> style.run());
        style.run();
        button.setId(id);
        button.textProperty().bind(forms.i18n().text("paste.button"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> paste.run());
        return button;
    }
}
