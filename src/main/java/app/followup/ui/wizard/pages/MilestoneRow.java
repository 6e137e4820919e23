package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Extras;
import app.followup.model.Owner;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A milestone of the progress plan. */
public final class MilestoneRow implements EditableRow<Step> {
    public final StringProperty what = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Owner> owner = new SimpleObjectProperty<>(Owner.ME);
    /** What the row was loaded from: who, the calendar id and unknown fields go back to the file unchanged. */
    private final Step original;

    /** A new milestone, with an id of its own so that its calendar event stays one event through any edit. */
    public MilestoneRow() {
        this(new Step(null, null, Owner.ME, null, UUID.randomUUID().toString(), Extras.NONE));
    }

    MilestoneRow(Step step) {
        what.set(PageViewModel.orEmpty(step.what()));
        date.set(step.date());
        owner.set(step.owner());
        original = step;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {what, date, owner};
    }

    @Override
    public Step toRecord() {
        return original.withWhat(PageViewModel.emptyToNull(what.get())).withDate(date.get()).withOwner(owner.get());
    }
}
