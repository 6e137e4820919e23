package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.DateFieldWidth;
import app.followup.ui.controls.RowTable;
import app.followup.ui.controls.RowTable.Column;
import app.followup.ui.controls.WrappingField;
import java.util.List;
import app.followup.model.EvidenceKind;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

/** Page 5: the decision process and the evidence asked for. Layout only: every value is bound to the view-model. */
public final class DecisionPageView {
    /** What a piece of evidence is, down to a few words a line: the date and the kind keep their widths. */
    private static final double DETAIL_MIN = 160;
    private final Forms forms;
    private final I18n i18n;
    private final DecisionPageViewModel vm;

    public DecisionPageView(Forms forms, DecisionPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        RowTable<EvidenceRow> evidence = new RowTable<>("evidence", vm.evidence(), List.of(
                new Column<>("evidence.kind", row -> {
                    ComboBox<EvidenceKind> kind = forms.choice("evidence-kind", EvidenceKind.class, row.kind,
                            k -> "kind." + k.code());
                    kind.accessibleTextProperty().bind(i18n.text("evidence.kind"));
                    kind.setMinWidth(Region.USE_PREF_SIZE);
                    return kind;
                }, false),
                new Column<>("evidence.detail", row -> {
                    // wraps rather than hide its end: "two references, from my curre" at 1280×800
                    TextArea detail = WrappingField.of(forms.area("evidence-detail", row.detail, 1));
                    detail.accessibleTextProperty().bind(i18n.text("evidence.detail"));
                    detail.setPrefWidth(DETAIL_MIN);
                    detail.setMinWidth(Region.USE_PREF_SIZE);
                    return detail;
                }, true),
                new Column<>("evidence.due", row -> {
                    DatePicker due = forms.date();
                    due.setId("evidence-due");
                    due.valueProperty().bindBidirectional(row.due);
                    due.accessibleTextProperty().bind(i18n.text("evidence.due"));
                    return DateFieldWidth.fit(due);
                }, false)),
                i18n, "evidence.add", () -> vm.evidence().add(new EvidenceRow()));
        // the table's width from the start, rows or none: at 1024×700 the first "Add evidence" folded the checklist
        // and the letter away under the mouse; now the page has its room when it opens
        evidence.keepsTheWidthOf(new EvidenceRow());
        // a long "what exactly" wraps as it is typed: Add stays put above the rows
        evidence.putButtonsAbove();
        // as high as its lines, the page scrolling instead: squeezed to fit the window, the box cut its lines in half
        TextArea steps = WrappingField.growing(forms.area("decision-steps", vm.steps, 4), 4);
        // says where a name the user did not type came from, until the user makes it theirs
        Label offered = forms.hint("decision.makerOffered");
        offered.setId("decision-maker-offered");
        offered.visibleProperty().bind(vm.showingOffer());
        offered.managedProperty().bind(offered.visibleProperty());
        TextField decider = forms.text("decision-maker", vm.decisionMaker);
        Node page = forms.page("step.decision", forms.glossaryLink(),
                forms.field("decision.maker", decider), offered,
                forms.field("decision.steps", steps),
                forms.section("evidence.title"), evidence, forms.hint("evidence.datesHint"));
        page.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.offerDecisionMaker();
                // a name put in a field leaves its caret at the start, where the next key would go before the
                // name: at the end, as in every field a page opens with
                if (vm.showingOffer().get()) {
                    decider.end();
                }
            }
        });
        return page;
    }
}
