package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Extras;
import app.followup.model.Owner;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A milestone of the progress plan. */
public final class MilestoneRow implements EditableRow<Step> {
    public final StringProperty what = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Owner> owner = new SimpleObjectProperty<>(Owner.ME);
    /** The person on the employer's side who owns the step, when the owner is the employer; null for the company. */
    public final StringProperty who = new SimpleStringProperty();
    /**
     * The day is one *Suggest a plan* proposed, not one from the notes, and the user has not changed it yet: the
     * table shows it as a proposal to check.
     */
    public final BooleanProperty proposedDate = new SimpleBooleanProperty(false);
    /** What the row was loaded from: the calendar id and unknown fields go back to the file unchanged. */
    private final Step original;

    /** A new milestone, with an id of its own so that its calendar event stays one event through any edit. */
    public MilestoneRow() {
        this(new Step(null, null, Owner.ME, null, UUID.randomUUID().toString(), Extras.NONE));
    }

    MilestoneRow(Step step) {
        what.set(PageViewModel.orEmpty(step.what()));
        date.set(step.date());
        owner.set(step.owner());
        who.set(step.who());
        original = step;
        date.addListener((o, was, now) -> proposedDate.set(false));
    }

    /** A suggested row whose day the suggestion proposed. */
    static MilestoneRow proposed(Step step, boolean proposedDate) {
        MilestoneRow row = new MilestoneRow(step);
        row.proposedDate.set(proposedDate);
        return row;
    }

    /** Who owns the step, as one choice of the plan table's owner list. */
    public OwnerChoice choice() {
        return new OwnerChoice(owner.get(), who.get());
    }

    /** Sets owner and "who" together: choosing "Me" or the employer as a whole leaves no person named. */
    public void choose(OwnerChoice choice) {
        who.set(choice.who());
        owner.set(choice.owner());
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {what, date, owner, who};
    }

    @Override
    public Step toRecord() {
        return original.withWhat(PageViewModel.emptyToNull(what.get())).withDate(date.get()).withOwner(owner.get())
                .withWho(choice().who());
    }
}
