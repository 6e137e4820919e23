package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Notes;
import app.followup.model.PrivateNotes;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 8: what never leaves the candidate's computer. */
public final class PrivatePageViewModel extends PageViewModel {
    public final StringProperty salary = notesText(n -> n.privateNotes().salaryExpectation(),
            (n, v) -> changed(n, p -> p.withSalaryExpectation(v)));
    public final StringProperty coreTask = notesText(n -> n.privateNotes().coreTask(),
            (n, v) -> changed(n, p -> p.withCoreTask(v)));
    public final StringProperty notes = notesText(n -> n.privateNotes().notes(),
            (n, v) -> changed(n, p -> p.withNotes(v)));
    public final StringProperty roundNotes = roundText(r -> r.privateNotes(), (r, v) -> r.withPrivateNotes(v));
    /** 1 to 5, or null when not rated. */
    public final ObjectProperty<Integer> interestFit = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> strengthFit = new SimpleObjectProperty<>();

    public PrivatePageViewModel(Document document) {
        super(document);
        onLoad(() -> {
            interestFit.set(document.notes().privateNotes().interestFit());
            strengthFit.set(document.notes().privateNotes().strengthFit());
        });
        interestFit.addListener((o, old, now) -> editNotes(n -> changed(n, p -> p.withInterestFit(now))));
        strengthFit.addListener((o, old, now) -> editNotes(n -> changed(n, p -> p.withStrengthFit(now))));
    }

    private static Notes changed(Notes notes, UnaryOperator<PrivateNotes> change) {
        return notes.withPrivateNotes(change.apply(notes.privateNotes()));
    }

    @Override
    public String key() {
        return "step.private";
    }

    @Override
    public ObservableBooleanValue filled() {
        return Bindings.createBooleanBinding(() -> !coreTask.get().isBlank() || interestFit.get() != null
                || strengthFit.get() != null, coreTask, interestFit, strengthFit);
    }
}
