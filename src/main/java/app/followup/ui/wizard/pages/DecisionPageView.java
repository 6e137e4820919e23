package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.RowsEditor;
import app.followup.model.EvidenceKind;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Page 5: the decision process and the evidence asked for. Layout only: every value is bound to the view-model. */
public final class DecisionPageView {
    private final Forms forms;
    private final I18n i18n;
    private final DecisionPageViewModel vm;

    public DecisionPageView(Forms forms, DecisionPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        RowsEditor<EvidenceRow> evidence = new RowsEditor<>("evidence", vm.evidence(), row -> {
            ComboBox<EvidenceKind> kind = forms.choice("evidence-kind", EvidenceKind.class, row.kind,
                    k -> "kind." + k.code());
            TextField detail = forms.prompt(forms.text("evidence-detail", row.detail), "evidence.detail");
            HBox.setHgrow(detail, Priority.ALWAYS);
            return new HBox(8, kind, detail);
        }, i18n, "evidence.add", () -> vm.evidence().add(new EvidenceRow()));
        return forms.page("step.decision", forms.glossaryLink(),
                forms.field("decision.maker", forms.text("decision-maker", vm.decisionMaker)),
                forms.field("decision.steps", forms.area("decision-steps", vm.steps, 4)),
                forms.section("evidence.title"), evidence);
    }
}
