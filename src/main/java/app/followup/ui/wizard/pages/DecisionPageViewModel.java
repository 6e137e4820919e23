package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.controls.RowList;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Evidence;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 5: the decision process as understood, and the evidence asked for. */
public final class DecisionPageViewModel extends PageViewModel {
    public final StringProperty decisionMaker = roundText(r -> r.decisionProcessOrEmpty().decisionMaker(),
            (r, v) -> r.withDecisionProcess(r.decisionProcessOrEmpty().withDecisionMaker(v)));
    public final StringProperty steps = roundLines(r -> r.decisionProcessOrEmpty().steps(),
            (r, v) -> r.withDecisionProcess(r.decisionProcessOrEmpty().withSteps(v)));
    private final RowList<Evidence, EvidenceRow> evidence =
            new RowList<>(EvidenceRow::new, list -> edit(r -> r.withEvidence(list)));

    public DecisionPageViewModel(Document document) {
        super(document);
        onLoad(() -> evidence.load(document.round().evidence()));
    }

    public RowList<Evidence, EvidenceRow> evidence() {
        return evidence;
    }

    @Override
    public String key() {
        return "step.decision";
    }

    @Override
    public ObservableBooleanValue filled() {
        return Bindings.createBooleanBinding(() -> !decisionMaker.get().isBlank() || !steps.get().isBlank()
                || !evidence.rows().isEmpty(), decisionMaker, steps, evidence.rows());
    }
}
