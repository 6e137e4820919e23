package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

public final class EvidenceRow implements EditableRow<Evidence> {
    public final ObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>(EvidenceKind.REFERENCES);
    public final StringProperty detail = new SimpleStringProperty("");
    private final Extras extras;

    public EvidenceRow() {
        this(new Evidence(EvidenceKind.REFERENCES, null, Extras.NONE));
    }

    EvidenceRow(Evidence evidence) {
        kind.set(evidence.kind());
        detail.set(PageViewModel.orEmpty(evidence.detail()));
        extras = evidence.extras();
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {kind, detail};
    }

    @Override
    public Evidence toRecord() {
        return new Evidence(kind.get(), PageViewModel.emptyToNull(detail.get()), extras);
    }
}
