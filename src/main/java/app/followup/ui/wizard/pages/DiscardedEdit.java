package app.followup.ui.wizard.pages;

import app.followup.model.EditedLetter;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's edit that "Back to the generated letter" threw away, kept so that Undo can bring it back. It is kept
 * only until the letter changes again or another file is opened: an older edit brought back over newer work would
 * be a second loss.
 */
final class DiscardedEdit {
    private final ObjectProperty<EditedLetter> kept = new SimpleObjectProperty<>();

    void keep(EditedLetter edit) {
        kept.set(edit);
    }

    void forget() {
        kept.set(null);
    }

    /** The edit to bring back, once; null when there is none. */
    EditedLetter take() {
        EditedLetter edit = kept.get();
        kept.set(null);
        return edit;
    }

    BooleanBinding present() {
        return kept.isNotNull();
    }
}
