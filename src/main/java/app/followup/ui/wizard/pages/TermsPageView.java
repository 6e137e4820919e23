package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.RowsEditor;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Page 7: their words, and the candidate's words to avoid. Layout only: every value is bound to the view-model. */
public final class TermsPageView {
    private final Forms forms;
    private final I18n i18n;
    private final TermsPageViewModel vm;

    public TermsPageView(Forms forms, TermsPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        RowsEditor<TermRow> editor = new RowsEditor<>("terms", vm.terms(), row -> {
            TextField theirs = forms.prompt(forms.text("term-theirs", row.theirs), "terms.theirs");
            TextField avoid = forms.prompt(forms.text("term-avoid", row.avoid), "terms.avoid");
            HBox.setHgrow(avoid, Priority.ALWAYS);
            theirs.setPrefWidth(220);
            return new HBox(8, theirs, avoid);
        }, i18n, "terms.add", () -> vm.terms().add(new TermRow()));
        return forms.page("step.terms", editor);
    }
}
