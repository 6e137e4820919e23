package app.followup.ui.controls;

import javafx.beans.Observable;

/** One editable row of a page's table (a participant, a milestone...): its fields as properties. */
public interface EditableRow<T> {
    /** The properties whose changes should be saved. */
    Observable[] observables();

    /** The row as the model's record, keeping fields the window does not show. */
    T toRecord();
}
