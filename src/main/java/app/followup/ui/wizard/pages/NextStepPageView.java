package app.followup.ui.wizard.pages;

import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.RowsEditor;
import app.followup.model.Owner;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
        grid.add(forms.field("next.what", forms.text("next-what", vm.what)), 0, 0, 2, 1);
        grid.addRow(1, forms.field("next.date", date), forms.field("next.owner",
                forms.choice("next-owner", Owner.class, vm.owner, o -> "owner." + o.code())));
        Label dateMissing = forms.hint("next.dateMissing");
        dateMissing.visibleProperty().bind(vm.dateMissing);
        dateMissing.managedProperty().bind(dateMissing.visibleProperty());

        RowsEditor<MilestoneRow> plan = new RowsEditor<>("milestones", vm.milestones(), row -> {
            TextField what = forms.prompt(forms.text("milestone-what", row.what), "plan.milestone");
            DatePicker when = forms.date();
            when.setId("milestone-date");
            when.valueProperty().bindBidirectional(row.date);
            VBox card = new VBox(6, what, new HBox(8, when, forms.choice("milestone-owner", Owner.class, row.owner,
                    o -> "owner." + o.code())));
            card.getStyleClass().add("row-card");
            return card;
        }, i18n, "plan.add", () -> vm.milestones().add(new MilestoneRow()));
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
}
