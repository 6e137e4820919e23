package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.controls.RowList;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Evidence;
import app.followup.model.Role;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
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

    /** The name offered from the participants, while the field still holds it; empty otherwise. */
    private final StringProperty offered = new SimpleStringProperty("");
    private final BooleanBinding showingOffer = Bindings.createBooleanBinding(
            () -> !offered.get().isEmpty() && offered.get().equals(decisionMaker.get()), offered, decisionMaker);

    /** Whether the decider has been offered since the file was read: a name the user cleared stays cleared. */
    private boolean deciderOffered;

    public DecisionPageViewModel(Document document) {
        super(document);
        onLoad(() -> {
            evidence.load(document.round().evidence());
            deciderOffered = false;
            offered.set("");
        });
    }

    /**
     * The page is shown: an empty decider becomes the one participant whose role is decision maker, as the user
     * already said who decides on the participants page. Once per file read, and never over a name, nor a guess
     * between two decision makers. A suggestion: the letter names them, but showing a page never changes the file.
     */
    public void offerDecisionMaker() {
        if (deciderOffered || !document.isOpen() || !decisionMaker.get().isBlank()) {
            return;
        }
        deciderOffered = true;
        List<String> deciders = document.round().participants().stream()
                .filter(p -> p.role() == Role.DECISION_MAKER && p.name() != null && !p.name().isBlank())
                .map(p -> p.name().strip()).toList();
        if (deciders.size() == 1) {
            offered.set(deciders.get(0));
            suggest(() -> decisionMaker.set(deciders.get(0)));
        }
    }

    /** True while the decider shown is the one offered from the participants, not yet the user's own. */
    public BooleanBinding showingOffer() {
        return showingOffer;
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
