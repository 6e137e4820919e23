package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

public final class EvidenceRow implements EditableRow<Evidence> {
    public final ObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>(EvidenceKind.REFERENCES);
    public final StringProperty detail = new SimpleStringProperty("");
    /** The day the candidate promised it: the letter and the board date the promise by it. */
    public final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    /** What the row was loaded from: the fields the table does not show go back to the file unchanged. */
    private final Evidence original;

    public EvidenceRow() {
        this(Evidence.of(EvidenceKind.REFERENCES, null));
    }

    EvidenceRow(Evidence evidence) {
        kind.set(evidence.kind());
        detail.set(PageViewModel.orEmpty(evidence.detail()));
        due.set(evidence.due());
        original = evidence;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {kind, detail, due};
    }

    @Override
    public Evidence toRecord() {
        return original.withKind(kind.get()).withDetail(PageViewModel.emptyToNull(detail.get()))
                .withDue(due.get());
    }
}
