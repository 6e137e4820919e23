package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.FieldWidth;
import app.followup.ui.controls.RowTable;
import app.followup.ui.controls.RowTable.Column;
import app.followup.ui.controls.WrappingField;
import javafx.scene.control.TextArea;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;

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

    private static final double AVOIDED_WIDTH = 240;

    public Node page() {
        RowTable<TermRow> editor = new RowTable<>("terms", vm.terms(), List.of(
                new Column<>("terms.theirs", row -> field("term-theirs", "terms.theirs", row.theirs), true),
                new Column<>("terms.avoid", row -> avoided(row.avoid), true)),
                i18n, "terms.add", () -> vm.terms().add(new TermRow()));
        // as on the evidence page: Add stays above the rows, where the first row would otherwise push it down
        // under the mouse, and the table is as wide without rows as with them
        editor.keepsTheWidthOf(new TermRow());
        editor.putButtonsAbove();
        return forms.page("step.terms", editor);
    }

    /**
     * A list of words grows long ("kontrakt, kontrakten, kontrakter, kont…" was all a field showed at 1280×800):
     * it wraps and shows them all.
     */
    private TextArea avoided(javafx.beans.property.StringProperty value) {
        TextArea avoided = WrappingField.of(forms.area("term-avoid", value, 1));
        avoided.accessibleTextProperty().bind(i18n.text("terms.avoid"));
        // the column takes the width left over; this is only where it starts, as a short list's field did
        avoided.setPrefWidth(AVOIDED_WIDTH);
        return avoided;
    }

    private TextField field(String id, String headingKey, javafx.beans.property.StringProperty value) {
        TextField field = forms.text(id, value);
        field.accessibleTextProperty().bind(i18n.text(headingKey));
        return FieldWidth.fitText(field, 150, 320);
    }
}
