package app.followup.ui.wizard.pages;

import app.followup.ui.controls.SpaceOpensList;
import app.followup.ui.common.I18n;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.DateFieldWidth;
import app.followup.ui.controls.WrappingField;
import app.followup.ui.controls.RowTable;
import app.followup.ui.controls.SteadyChoiceWidth;
import app.followup.ui.controls.RowTable.Column;
import java.util.List;
import app.followup.model.Owner;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.beans.binding.Bindings;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Page 6: the next step and the progress plan. Layout only: every value is bound to the view-model. */
public final class NextStepPageView {
    /** A day *Suggest a plan* proposed, not one from the notes: drawn apart until the user sets it. */
    private static final PseudoClass PROPOSED = PseudoClass.getPseudoClass("proposed");
    /**
     * The milestone column at its narrowest: half of a 60-character milestone a line. The page is given this width
     * beside the live letter at 1280×800 (the divider moves a little); at 180 px, beside an owner column as wide
     * as "Brightwave Logistics", a milestone took three lines.
     */
    private static final double MILESTONE_MIN = 260;
    private final Forms forms;
    private final I18n i18n;
    private final NextStepPageViewModel vm;

    public NextStepPageView(Forms forms, NextStepPageViewModel vm) {
        this.forms = forms;
        this.i18n = forms.i18n();
        this.vm = vm;
    }

    public Node page() {
        DatePicker date = DateFieldWidth.fit(forms.date());
        date.setId("next-date");
        date.valueProperty().bindBidirectional(vm.date);
        // the letter writes the step as typed and puts the date in itself: the hint shows that form, and stays
        // in sight while the user types, where a prompt would vanish
        Label whatForm = forms.hint("next.whatHint");
        whatForm.setId("next-what-hint");
        // the date and its owner side by side at their own widths, not spread over the page's halves
        // the whole step in sight, wrapped: a one-line field opened at its end, "Jeg ringer" out of view
        // two lines from the start: a step that wraps as it is typed moved the date field under the mouse
        TextArea what = WrappingField.of(forms.area("next-what", vm.what, 1), 2);
        VBox step = new VBox(12, new VBox(4, forms.field("next.what", what), whatForm),
                new HBox(16, forms.field("next.date", date), forms.field("next.owner",
                        forms.choice("next-owner", Owner.class, vm.owner, o -> "owner." + o.code()))));
        Label dateMissing = forms.hint("next.dateMissing");
        dateMissing.visibleProperty().bind(vm.dateMissing);
        dateMissing.managedProperty().bind(dateMissing.visibleProperty());

        RowTable<MilestoneRow> plan = new RowTable<>("milestones", vm.milestones(), List.of(
                new Column<>("plan.milestone", this::milestone, true),
                new Column<>("next.date", row -> {
                    DatePicker when = DateFieldWidth.fit(forms.date());
                    when.setId("milestone-date");
                    when.valueProperty().bindBidirectional(row.date);
                    when.accessibleTextProperty().bind(i18n.text("next.date"));
                    when.pseudoClassStateChanged(PROPOSED, row.proposedDate.get());
                    row.proposedDate.addListener((o, was, now) -> when.pseudoClassStateChanged(PROPOSED, now));
                    return when;
                }, false),
                new Column<>("next.owner", this::ownerChoice, false)),
                i18n, "plan.add", () -> vm.milestones().add(new MilestoneRow()));
        // the table's width from the start, rows or none: "Suggest a plan" at 1024×700 folded the letter away under
        // the mouse, and the empty table's headings stood crammed together. Only where the letter has a plan: in
        // the other rounds the page stays beside the checklist and the letter
        plan.keepsTheWidthOf(new MilestoneRow(), vm.planApplies());
        // a long milestone wraps as it is typed: Add and Suggest stay put above the rows
        plan.putButtonsAbove();
        Button suggest = new Button();
        suggest.setId("suggest-plan");
        suggest.textProperty().bind(i18n.text("plan.suggest"));
        suggest.setOnAction(e -> vm.suggestPlan());
        plan.addAction(suggest);
        Label onlyDecisionMaker = forms.hint("plan.onlyDecisionMaker");
        onlyDecisionMaker.visibleProperty().bind(vm.planApplies().not());
        onlyDecisionMaker.managedProperty().bind(onlyDecisionMaker.visibleProperty());
        Label proposed = forms.hint("plan.proposedDates");
        proposed.setId("plan-proposed-dates");
        proposed.visibleProperty().bind(vm.proposedDates().and(vm.planApplies()));
        proposed.managedProperty().bind(proposed.visibleProperty());
        VBox planBox = new VBox(10, forms.section("plan.title"), onlyDecisionMaker, plan, proposed);
        return forms.page("step.nextStep", forms.glossaryLink(), step, dateMissing, planBox);
    }

    /**
     * What the milestone is, taking the width the date and owner leave, down to a few words a line: it wraps rather
     * than hide its end, so the plan shares the page's width with the live letter beside it.
     */
    private Node milestone(MilestoneRow row) {
        TextArea what = WrappingField.of(forms.area("milestone-what", row.what, 1));
        what.accessibleTextProperty().bind(i18n.text("plan.milestone"));
        what.setPrefWidth(MILESTONE_MIN);
        what.setMinWidth(Region.USE_PREF_SIZE);
        return what;
    }

    /**
     * A row's owner: me, a person of the employer's side or the employer as a whole, each named as the letter's
     * plan names them, following the milestone as it is typed and the participants as they change.
     */
    private Node ownerChoice(MilestoneRow row) {
        ComboBox<OwnerChoice> owner = SpaceOpensList.on(new ComboBox<>());
        owner.setId("milestone-owner");
        Runnable refill = () -> {
            List<OwnerChoice> choices = vm.ownerChoices(row);
            if (!owner.getItems().equals(choices)) {
                owner.getItems().setAll(choices);
            }
            owner.setValue(vm.listedChoice(row, choices));
        };
        refill.run();
        Observable[] nameChanges = vm.ownerNameChanges(row);
        // the notes outlive a row: they hold the box's listener weakly, the box holds it for as long as it lives
        InvalidationListener refillOnChange = o -> refill.run();
        owner.getProperties().put(InvalidationListener.class, refillOnChange);
        for (Observable change : nameChanges) {
            change.addListener(new WeakInvalidationListener(refillOnChange));
        }
        row.owner.addListener(o -> owner.setValue(vm.listedChoice(row, owner.getItems())));
        row.who.addListener(o -> owner.setValue(vm.listedChoice(row, owner.getItems())));
        owner.valueProperty().addListener((o, was, now) -> {
            // the listed form of the row's own owner is no change: showing a plan does not edit it
            if (now != null && !now.equals(vm.listedChoice(row, owner.getItems()))) {
                row.choose(now);
            }
        });
        Function<OwnerChoice, ObservableValue<String>> name = choice -> Bindings.createStringBinding(
                () -> ownerText(row, choice), concat(nameChanges, i18n.localeProperty()));
        owner.setButtonCell(new OwnerCell(name));
        owner.setCellFactory(list -> new OwnerCell(name));
        // a value the list does not hold is drawn by the converter, not the cell: it names it as the cells do
        owner.setConverter(new StringConverter<>() {
            @Override
            public String toString(OwnerChoice choice) {
                return choice == null ? "" : ownerText(row, choice);
            }

            @Override
            public OwnerChoice fromString(String text) {
                return owner.getItems().stream().filter(choice -> ownerText(row, choice).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        // the combo box puts its own cells back when the language changes: ours go back on after it
        i18n.localeProperty().addListener(o -> {
            owner.setButtonCell(new OwnerCell(name));
            owner.setCellFactory(list -> new OwnerCell(name));
        });
        // as wide as the longest name offered, however the names change
        SteadyChoiceWidth.keep(owner, choice -> ownerText(row, choice), concat(nameChanges, owner.getItems()));
        owner.accessibleTextProperty().bind(i18n.text("next.owner"));
        owner.setMinWidth(Region.USE_PREF_SIZE);
        return owner;
    }

    /** "Me", a person or the company by name; "The employer" when the notes name no one for it. */
    private String ownerText(MilestoneRow row, OwnerChoice choice) {
        if (choice.owner() == Owner.ME) {
            return i18n.get("owner.me");
        }
        String name = vm.ownerListName(row, choice);
        return name == null ? i18n.get("owner.employer") : name;
    }

    private static Observable[] concat(Observable[] some, Observable more) {
        Observable[] all = java.util.Arrays.copyOf(some, some.length + 1);
        all[some.length] = more;
        return all;
    }

    /** An owner choice by the name the letter gives it, following the notes as they change. */
    private static final class OwnerCell extends ListCell<OwnerChoice> {
        private final Function<OwnerChoice, ObservableValue<String>> name;

        OwnerCell(Function<OwnerChoice, ObservableValue<String>> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(OwnerChoice item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(name.apply(item));
            }
        }
    }
}
