package app.followup.ui.controls;

import app.followup.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** A table's Move up, Move down or Remove: a symbol, with its name and its keys in the tooltip. */
final class RowButton {
    private RowButton() {
    }

    static Button of(String id, I18n i18n, String key, String symbol, KeyCombination keys, Runnable run) {
        Button button = new Button(symbol);
        button.setId(id);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(key + ".tip").concat(" (" + keys.getDisplayText() + ")"));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(i18n.text(key));
        // the focus stays in the row being edited, so the button knows which row it acts on
        button.setFocusTraversable(false);
        button.getStyleClass().addAll("row-button", "flat");
        button.setOnAction(e -> run.run());
        return button;
    }
}
