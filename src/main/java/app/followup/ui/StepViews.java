package app.followup.ui;

import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import app.followup.model.Owner;
import app.followup.model.Role;
import app.followup.model.Stage;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The views of pages 1 to 8: layout only; every value is bound to the page's view-model. */
final class StepViews {
    private final Forms forms;
    private final I18n i18n;

    StepViews(Forms forms) {
        this.forms = forms;
        this.i18n = forms.i18n();
    }

    Node interview(InterviewStepViewModel vm) {
        DatePicker date = forms.date();
        date.setId("interview-date");
        date.valueProperty().bindBidirectional(vm.date);
        GridPane grid = grid();
        grid.addRow(0, forms.field("field.employer", forms.text("employer", vm.employer)),
                forms.field("field.position", forms.text("position", vm.position)));
        grid.addRow(1, forms.field("field.employerAddress", forms.area("employer-address", vm.employerAddress, 2)),
                forms.field("field.date", date));
        grid.addRow(2, forms.field("field.stage", forms.choice("stage", Stage.class, vm.stage,
                        s -> "stage." + s.code())),
                forms.field("field.language", forms.choice("language", Language.class, vm.language,
                        l -> "language." + l.code())));
        return forms.page("step.interview", grid);
    }

    Node participants(ParticipantsStepViewModel vm) {
        RowsEditor<ParticipantRow> editor = new RowsEditor<>("participants", vm.participants(), this::participant,
                i18n, "participants.add", vm::add);
        return forms.page("step.participants", editor);
    }

    private Node participant(ParticipantRow row) {
        TextField name = prompt(forms.text("participant-name", row.name), "participants.name");
        TextField title = prompt(forms.text("participant-title", row.title), "participants.title");
        TextField organisation = prompt(forms.text("participant-organisation", row.organisation),
                "participants.organisation");
        TextField email = prompt(forms.text("participant-email", row.email), "participants.email");
        row.emailOk.addListener((o, old, ok) -> email.pseudoClassStateChanged(Styles.ERROR, !ok));
        email.pseudoClassStateChanged(Styles.ERROR, !row.emailOk.get());
        Label emailProblem = hint("participants.emailInvalid");
        emailProblem.visibleProperty().bind(row.emailOk.not());
        emailProblem.managedProperty().bind(emailProblem.visibleProperty());
        ComboBox<Role> role = forms.choice("participant-role", Role.class, row.role, r -> "role." + r.code());
        role.setMaxWidth(Double.MAX_VALUE);
        CheckBox addressee = new CheckBox();
        addressee.setId("participant-addressee");
        addressee.textProperty().bind(i18n.text("participants.addressee"));
        addressee.selectedProperty().bindBidirectional(row.addressee);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.ColumnConstraints third = new javafx.scene.layout.ColumnConstraints();
            third.setPercentWidth(100.0 / 3);
            third.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(third);
        }
        grid.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(0, name, title, organisation);
        grid.addRow(1, email, role, addressee);
        grid.add(emailProblem, 0, 2, 3, 1);
        grid.getStyleClass().add("row-card");
        return grid;
    }

    Node challenge(ChallengeStepViewModel vm) {
        return forms.page("step.challenge",
                forms.field("challenge.challenge", forms.area("challenge", vm.challenge, 3)),
                forms.field("challenge.causes", forms.area("causes", vm.causes, 4)),
                forms.field("challenge.consequences", forms.area("consequences", vm.consequences, 4)));
    }

    Node vision(VisionStepViewModel vm) {
        CheckBox agreed = new CheckBox();
        agreed.setId("agreed");
        agreed.textProperty().bind(i18n.text("vision.agreed"));
        agreed.selectedProperty().bindBidirectional(vm.agreed);
        return forms.page("step.vision", forms.field("vision.vision", forms.area("vision", vm.vision, 4)), agreed);
    }

    Node decision(DecisionStepViewModel vm) {
        RowsEditor<EvidenceRow> evidence = new RowsEditor<>("evidence", vm.evidence(), row -> {
            ComboBox<EvidenceKind> kind = forms.choice("evidence-kind", EvidenceKind.class, row.kind,
                    k -> "kind." + k.code());
            TextField detail = prompt(forms.text("evidence-detail", row.detail), "evidence.detail");
            HBox.setHgrow(detail, Priority.ALWAYS);
            return new HBox(8, kind, detail);
        }, i18n, "evidence.add", () -> vm.evidence().add(new EvidenceRow()));
        return forms.page("step.decision",
                forms.field("decision.maker", forms.text("decision-maker", vm.decisionMaker)),
                forms.field("decision.steps", forms.area("decision-steps", vm.steps, 4)),
                section("evidence.title"), evidence);
    }

    Node nextStep(NextStepViewModel vm) {
        DatePicker date = forms.date();
        date.setId("next-date");
        date.valueProperty().bindBidirectional(vm.date);
        GridPane grid = grid();
        grid.add(forms.field("next.what", forms.text("next-what", vm.what)), 0, 0, 2, 1);
        grid.addRow(1, forms.field("next.date", date), forms.field("next.owner",
                forms.choice("next-owner", Owner.class, vm.owner, o -> "owner." + o.code())));
        Label dateMissing = hint("next.dateMissing");
        dateMissing.visibleProperty().bind(vm.dateMissing);
        dateMissing.managedProperty().bind(dateMissing.visibleProperty());

        RowsEditor<StepRow> plan = new RowsEditor<>("milestones", vm.milestones(), row -> {
            TextField what = prompt(forms.text("milestone-what", row.what), "plan.milestone");
            DatePicker when = forms.date();
            when.setId("milestone-date");
            when.valueProperty().bindBidirectional(row.date);
            VBox card = new VBox(6, what, new HBox(8, when, forms.choice("milestone-owner", Owner.class, row.owner,
                    o -> "owner." + o.code())));
            card.getStyleClass().add("row-card");
            return card;
        }, i18n, "plan.add", () -> vm.milestones().add(new StepRow()));
        javafx.scene.control.Button suggest = new javafx.scene.control.Button();
        suggest.setId("suggest-plan");
        suggest.textProperty().bind(i18n.text("plan.suggest"));
        suggest.setOnAction(e -> vm.suggestPlan(i18n));
        Label onlyDecisionMaker = hint("plan.onlyDecisionMaker");
        onlyDecisionMaker.visibleProperty().bind(vm.planApplies().not());
        onlyDecisionMaker.managedProperty().bind(onlyDecisionMaker.visibleProperty());
        VBox planBox = new VBox(10, section("plan.title"), onlyDecisionMaker, suggest, plan);
        return forms.page("step.nextStep", grid, dateMissing, planBox);
    }

    Node terms(TermsStepViewModel vm) {
        RowsEditor<TermRow> editor = new RowsEditor<>("terms", vm.terms(), row -> {
            TextField theirs = prompt(forms.text("term-theirs", row.theirs), "terms.theirs");
            TextField avoid = prompt(forms.text("term-avoid", row.avoid), "terms.avoid");
            HBox.setHgrow(avoid, Priority.ALWAYS);
            theirs.setPrefWidth(220);
            return new HBox(8, theirs, avoid);
        }, i18n, "terms.add", () -> vm.terms().add(new TermRow()));
        return forms.page("step.terms", editor);
    }

    Node privateNotes(PrivateStepViewModel vm) {
        Label banner = new Label();
        banner.textProperty().bind(i18n.text("private.banner"));
        banner.setWrapText(true);
        banner.getStyleClass().add("private-banner");
        banner.setId("private-banner");
        GridPane grid = grid();
        grid.addRow(0, forms.field("private.salary", forms.text("salary", vm.salary)),
                forms.field("private.coreTask", forms.text("core-task", vm.coreTask)));
        grid.addRow(1, forms.field("private.interestFit", fit("interest-fit", vm.interestFit)),
                forms.field("private.strengthFit", fit("strength-fit", vm.strengthFit)));
        return forms.page("step.private", banner, grid,
                forms.field("private.notes", forms.area("private-notes", vm.notes, 3)),
                forms.field("private.roundNotes", forms.area("round-notes", vm.roundNotes, 3)));
    }

    private ComboBox<Integer> fit(String id, javafx.beans.property.ObjectProperty<Integer> value) {
        ComboBox<Integer> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(1, 2, 3, 4, 5));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private TextField prompt(TextField field, String key) {
        field.promptTextProperty().bind(i18n.text(key));
        field.accessibleTextProperty().bind(i18n.text(key));
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().addAll("section-title", "title-4");
        return label;
    }

    private Label hint(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("hint");
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            grid.getColumnConstraints().add(half);
        }
        return grid;
    }
}
