package app.followup.ui.wizard.pages;

import app.followup.letter.GivenNames;
import app.followup.model.Role;
import app.followup.ui.common.I18n;
import app.followup.ui.common.Styles;
import app.followup.ui.controls.FieldWidth;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.RowTable;
import app.followup.ui.controls.RowTable.Column;
import java.util.List;
import javafx.application.Platform;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Page 2: the participants as a table, one line each under column headings. Layout only: every value is bound to
 * the view-model. A field complains about a missing name or a broken address once the user has left it.
 */
public final class ParticipantsPageView {
    private final Forms forms;
    private final I18n i18n;
    private final ParticipantsPageViewModel vm;
    private final Label emailProblem;
    private final Label nameProblem;
    private final Map<ParticipantRow, TextField> nameFields = new WeakHashMap<>();
    private final Map<ParticipantRow, TextField> emailFields = new WeakHashMap<>();
    private final Map<ParticipantRow, TextField> titleFields = new WeakHashMap<>();

    public ParticipantsPageView(Forms forms, ParticipantsPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
        this.emailProblem = problem("participants-email-problem");
        this.nameProblem = problem("participants-name-problem");
    }

    public Node page() {
        // two lines a participant, what every letter needs on the first: seven columns side by side would not fit
        // a laptop's window
        RowTable<ParticipantRow> table = new RowTable<>("participants", vm.participants(), List.of(
                new Column<>("participants.name", this::name, true),
                new Column<>("participants.email", this::email, true),
                new Column<>("participants.role", this::role, false),
                new Column<>("participants.addressee", this::addressee, false),
                Column.below("participants.title", this::title),
                Column.below("participants.organisation", this::organisation),
                Column.below("participants.greetingName", this::greetingName)),
                i18n, "participants.add", vm::add);
        table.addAction(fromInvitation());
        table.keepsTheWidthOf(new ParticipantRow());
        vm.participants().rows().addListener((ListChangeListener<ParticipantRow>) change -> showProblems());
        i18n.localeProperty().addListener(o -> showProblems());
        showProblems();
        vm.refusedForProperty().addListener((o, was, row) -> caretToProblem(row));
        vm.typeOnInProperty().addListener((o, was, row) -> typeOnIn(row));
        return forms.page("step.participants", forms.glossaryLink(), table, nameProblem, emailProblem);
    }

    /** Beside "Add participant": the addresses a salesperson has already, in the invitation or the email. */
    private Button fromInvitation() {
        Button button = new Button();
        button.setId("participants-from-invitation");
        button.textProperty().bind(i18n.text("participants.fromInvitation"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> vm.addFromInvitation());
        return button;
    }

    /** Rows added from an invitation: typing goes on in the first one's first empty field, usually the title. */
    private void typeOnIn(ParticipantRow row) {
        if (row == null) {
            return;
        }
        TextField field = row.name.get().isBlank() ? nameFields.get(row) : titleFields.get(row);
        if (field != null) {
            // after the dialog has closed and handed the focus back to the window; a page does not follow the
            // focus by itself, and the new rows are at its bottom
            Platform.runLater(() -> {
                field.requestFocus();
                ScrollIntoView.whole(field);
            });
        }
    }

    private TextField name(ParticipantRow row) {
        TextField name = fitted("participant-name", "participants.name", row.name, 110, 240);
        nameFields.put(row, name);
        whenLeft(name, row.nameDone, true);
        row.nameProblem.addListener((o, was, now) -> showProblems());
        markWhen(name, row.nameProblem.get());
        row.nameProblem.addListener((o, was, now) -> markWhen(name, now));
        return name;
    }

    private TextField title(ParticipantRow row) {
        TextField title = fitted("participant-title", "participants.title", row.title, 174, 260);
        titleFields.put(row, title);
        return title;
    }

    /** Empty unless the letter would guess wrong; the hint shows the name the letter will use. */
    private TextField greetingName(ParticipantRow row) {
        TextField greeting = forms.text("participant-greeting-name", row.greetingName);
        greeting.accessibleTextProperty().bind(i18n.text("participants.greetingName"));
        greeting.promptTextProperty().bind(Bindings.createStringBinding(
                () -> orEmpty(GivenNames.fromFullName(row.name.get())), row.name));
        // one width, not the width of the hint: the hint follows the name as it is typed, and the column with it
        greeting.setPrefWidth(120);
        return greeting;
    }

    private TextField organisation(ParticipantRow row) {
        TextField organisation = fitted("participant-organisation", "participants.organisation",
                row.organisation, 110, 240);
        // empty means the employer, except for a recruiter, who comes from an agency: the prompt asks for its name
        organisation.promptTextProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                row.role.get() == Role.RECRUITER ? "participants.organisation.agency"
                        : "participants.organisation.prompt"), row.role, i18n.localeProperty()));
        return organisation;
    }

    private TextField email(ParticipantRow row) {
        TextField email = fitted("participant-email", "participants.email", row.email, 160, 320);
        emailFields.put(row, email);
        whenLeft(email, row.emailDone, false);
        markWhen(email, row.emailProblem.get());
        row.emailProblem.addListener((o, was, now) -> {
            markWhen(email, now);
            showProblems();
        });
        row.email.addListener(o -> showProblems());
        return email;
    }

    private ComboBox<Role> role(ParticipantRow row) {
        ComboBox<Role> role = forms.choice("participant-role", Role.class, row.role, r -> "role." + r.code());
        role.accessibleTextProperty().bind(i18n.text("participants.role"));
        role.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return role;
    }

    /** The box alone, centred under its heading: the heading says what it means. */
    private Node addressee(ParticipantRow row) {
        CheckBox box = new CheckBox();
        box.setId("participant-addressee");
        box.selectedProperty().bindBidirectional(row.addressee);
        box.accessibleTextProperty().bind(i18n.text("participants.addressee"));
        StackPane cell = new StackPane(box);
        cell.setFocusTraversable(false);
        return cell;
    }

    /** A field as wide as its text (a typical value whole at least), named for screen readers by its column's heading. */
    private TextField fitted(String id, String headingKey, StringProperty value, double min, double max) {
        TextField field = forms.text(id, value);
        field.accessibleTextProperty().bind(i18n.text(headingKey));
        return FieldWidth.fitText(field, min, max);
    }

    /** Done once the user leaves the field; an address left empty is not wrong, only missing. */
    private static void whenLeft(TextField field, BooleanProperty done, boolean evenEmpty) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && (evenEmpty || !field.getText().isBlank())) {
                done.set(true);
            }
        });
    }

    /** Next was refused: the caret goes to the field that needs mending, at the end of what is there. */
    private void caretToProblem(ParticipantRow row) {
        TextField field = row == null ? null : row.nameProblem.get() ? nameFields.get(row) : emailFields.get(row);
        if (field != null) {
            // after the key or click that asked for Next has done with the focus
            Platform.runLater(() -> {
                field.requestFocus();
                field.end();
            });
        }
    }

    private static void markWhen(TextField field, boolean problem) {
        field.pseudoClassStateChanged(Styles.ERROR, problem);
    }

    /** One line under the table for each kind of problem, naming the first address that is wrong. */
    private void showProblems() {
        String badEmail = vm.participants().rows().stream().filter(r -> r.emailProblem.get())
                .map(r -> r.email.get().strip()).findFirst().orElse(null);
        emailProblem.setText(badEmail == null ? "" : i18n.get("participants.emailInvalid", badEmail));
        boolean nameless = vm.participants().rows().stream().anyMatch(r -> r.nameProblem.get());
        nameProblem.setText(nameless ? i18n.get("participants.nameMissing") : "");
    }

    private Label problem(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("field-problem");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
