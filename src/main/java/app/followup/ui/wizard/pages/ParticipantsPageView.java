package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.common.Styles;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.RowsEditor;
import app.followup.model.Role;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Page 2: the participants, one card each. Layout only: every value is bound to the view-model. */
public final class ParticipantsPageView {
    private final Forms forms;
    private final I18n i18n;
    private final ParticipantsPageViewModel vm;

    public ParticipantsPageView(Forms forms, ParticipantsPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        RowsEditor<ParticipantRow> editor = new RowsEditor<>("participants", vm.participants(), this::participant,
                i18n, "participants.add", vm::add);
        return forms.page("step.participants", forms.glossaryLink(), editor);
    }

    private Node participant(ParticipantRow row) {
        TextField name = forms.prompt(forms.text("participant-name", row.name), "participants.name");
        TextField title = forms.prompt(forms.text("participant-title", row.title), "participants.title");
        TextField organisation = forms.prompt(forms.text("participant-organisation", row.organisation),
                "participants.organisation");
        TextField email = forms.prompt(forms.text("participant-email", row.email), "participants.email");
        row.emailOk.addListener((o, old, ok) -> email.pseudoClassStateChanged(Styles.ERROR, !ok));
        email.pseudoClassStateChanged(Styles.ERROR, !row.emailOk.get());
        Label emailProblem = forms.hint("participants.emailInvalid");
        emailProblem.visibleProperty().bind(row.emailOk.not());
        emailProblem.managedProperty().bind(emailProblem.visibleProperty());
        ComboBox<Role> role = forms.choice("participant-role", Role.class, row.role, r -> "role." + r.code());
        role.setMaxWidth(Double.MAX_VALUE);
        CheckBox addressee = forms.check("participant-addressee", "participants.addressee", row.addressee);
        GridPane grid = Forms.columns(3, 8);
        grid.addRow(0, name, title, organisation);
        grid.addRow(1, email, role, addressee);
        grid.add(emailProblem, 0, 2, 3, 1);
        grid.getStyleClass().add("row-card");
        return grid;
    }
}
