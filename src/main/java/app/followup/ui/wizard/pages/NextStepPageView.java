package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.FieldWidth;
import app.followup.ui.controls.RowTable;
import app.followup.ui.controls.SteadyChoiceWidth;
import app.followup.ui.controls.RowTable.Column;
import java.util.List;
import app.followup.model.Owner;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Page 6: the next step and the progress plan. Layout only: every value is bound to the view-model. */
public final class NextStepPageView {
    private final Forms forms;
    private final I18n i18n;
    private final NextStepPageViewModel vm;

    public NextStepPageView(Forms forms, NextStepPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        DatePicker date = forms.date();
        date.setId("next-date");
        date.valueProperty().bindBidirectional(vm.date);
        GridPane grid = Forms.columns(2, 16);
        // the letter writes the step as typed and puts the date in itself: the hint shows that form, and stays
        // in sight while the user types, where a prompt would vanish
        Label whatForm = forms.hint("next.whatHint");
        whatForm.setId("next-what-hint");
        grid.add(new VBox(4, forms.field("next.what", forms.text("next-what", vm.what)), whatForm), 0, 0, 2, 1);
        grid.addRow(1, forms.field("next.date", date), forms.field("next.owner",
                forms.choice("next-owner", Owner.class, vm.owner, o -> "owner." + o.code())));
        Label dateMissing = forms.hint("next.dateMissing");
        dateMissing.visibleProperty().bind(vm.dateMissing);
        dateMissing.managedProperty().bind(dateMissing.visibleProperty());

        RowTable<MilestoneRow> plan = new RowTable<>("milestones", vm.milestones(), List.of(
                new Column<>("plan.milestone", row -> {
                    TextField what = forms.text("milestone-what", row.what);
                    what.accessibleTextProperty().bind(i18n.text("plan.milestone"));
                    return FieldWidth.fitText(what, 160, 400);
                }, true),
                new Column<>("next.date", row -> {
                    DatePicker when = forms.date();
                    when.setId("milestone-date");
                    when.valueProperty().bindBidirectional(row.date);
                    when.accessibleTextProperty().bind(i18n.text("next.date"));
                    when.setPrefWidth(150);
                    when.setMinWidth(Region.USE_PREF_SIZE);
                    return when;
                }, false),
                new Column<>("next.owner", row -> {
                    ComboBox<Owner> owner = forms.choice("milestone-owner", Owner.class, row.owner,
                            o -> "owner." + o.code());
                    // the employer's side named as the letter's plan names it: the person the notes give, else
                    // the company; "The employer" only when the notes name neither
                    StringBinding employer = vm.employerSide(row);
                    ObservableValue<String> employerText = Bindings.createStringBinding(
                            () -> employer.get() == null ? i18n.get("owner.employer") : employer.get(),
                            employer, i18n.localeProperty());
                    owner.setButtonCell(new OwnerCell(employerText));
                    owner.setCellFactory(list -> new OwnerCell(employerText));
                    // the combo box puts its own cells back when the language changes: ours go back on after it
                    i18n.localeProperty().addListener(o -> {
                        owner.setButtonCell(new OwnerCell(employerText));
                        owner.setCellFactory(list -> new OwnerCell(employerText));
                    });
                    // as wide as the longer of "Me" and the employer's name, however that name changes
                    SteadyChoiceWidth.keep(owner, o -> o == Owner.EMPLOYER ? employerText.getValue()
                            : i18n.get("owner." + o.code()), employerText);
                    owner.accessibleTextProperty().bind(i18n.text("next.owner"));
                    owner.setMinWidth(Region.USE_PREF_SIZE);
                    return owner;
                }, false)),
                i18n, "plan.add", () -> vm.milestones().add(new MilestoneRow()));
        Button suggest = new Button();
        suggest.setId("suggest-plan");
        suggest.textProperty().bind(i18n.text("plan.suggest"));
        suggest.setOnAction(e -> vm.suggestPlan());
        Label onlyDecisionMaker = forms.hint("plan.onlyDecisionMaker");
        onlyDecisionMaker.visibleProperty().bind(vm.planApplies().not());
        onlyDecisionMaker.managedProperty().bind(onlyDecisionMaker.visibleProperty());
        VBox planBox = new VBox(10, forms.section("plan.title"), onlyDecisionMaker, suggest, plan);
        return forms.page("step.nextStep", forms.glossaryLink(), grid, dateMissing, planBox);
    }

    /** "Me", or the employer's side by name, following the milestone as it is typed. */
    private final class OwnerCell extends ListCell<Owner> {
        private final ObservableValue<String> employer;

        OwnerCell(ObservableValue<String> employer) {
            this.employer = employer;
        }

        @Override
        protected void updateItem(Owner item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else if (item == Owner.EMPLOYER) {
                textProperty().bind(employer);
            } else {
                textProperty().bind(i18n.text("owner." + item.code()));
            }
        }
    }
}
