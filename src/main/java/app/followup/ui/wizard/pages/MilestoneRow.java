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
    private final String who;
    private final String id;
    private final Extras extras;

    /** A new milestone, with an id of its own so that its calendar event stays one event through any edit. */
    public MilestoneRow() {
        this(new Step(null, null, Owner.ME, null, UUID.randomUUID().toString(), Extras.NONE));
    }

    MilestoneRow(Step step) {
        what.set(PageViewModel.orEmpty(step.what()));
        date.set(step.date());
        owner.set(step.owner());
        who = step.who();
        id = step.id();
        extras = step.extras();
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {what, date, owner};
    }

    @Override
    public Step toRecord() {
        return new Step(PageViewModel.emptyToNull(what.get()), date.get(), owner.get(), who, id, extras);
    }
}
