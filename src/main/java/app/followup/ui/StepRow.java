package app.followup.ui;

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
public final class StepRow implements EditableRow<Step> {
    public final StringProperty what = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Owner> owner = new SimpleObjectProperty<>(Owner.ME);
    private final String who;
    private final String id;
    private final Extras extras;

    /** A new milestone, with an id of its own so that its calendar event stays one event through any edit. */
    public StepRow() {
        this(new Step(null, null, Owner.ME, null, UUID.randomUUID().toString(), Extras.NONE));
    }

    StepRow(Step step) {
        what.set(StepViewModel.orEmpty(step.what()));
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
        return new Step(StepViewModel.emptyToNull(what.get()), date.get(), owner.get(), who, id, extras);
    }
}
