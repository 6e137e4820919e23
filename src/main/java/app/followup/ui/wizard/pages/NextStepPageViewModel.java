package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.common.I18n;
import app.followup.ui.controls.RowList;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Owner;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 6: the next step the letter ends with, and the progress plan for the decision maker. */
public final class NextStepPageViewModel extends PageViewModel {
    public final StringProperty what = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Owner> owner = new SimpleObjectProperty<>(Owner.ME);
    private final RowList<Step, MilestoneRow> milestones =
            new RowList<>(MilestoneRow::new, list -> edit(r -> r.withMilestones(list)));
    private final BooleanBinding planApplies;
    /** A next step without a date leaves the candidate waiting: the page says so. */
    public final BooleanBinding dateMissing = Bindings.createBooleanBinding(
            () -> !what.get().isBlank() && date.get() == null, what, date);

    public NextStepPageViewModel(Document document) {
        super(document);
        onLoad(() -> {
            Step step = document.round().nextStep();
            what.set(step == null ? "" : orEmpty(step.what()));
            date.set(step == null ? null : step.date());
            owner.set(step == null || step.owner() == null ? Owner.ME : step.owner());
            milestones.load(document.round().milestones());
        });
        what.addListener(o -> saveNextStep());
        date.addListener(o -> saveNextStep());
        owner.addListener(o -> saveNextStep());
        planApplies = Bindings.createBooleanBinding(() -> document.isOpen()
                && document.round().stageOrDefault() == Stage.DECISION_MAKER,
                document.notesProperty(), document.roundIndexProperty());
    }

    private void saveNextStep() {
        edit(r -> {
            if (what.get().isBlank() && date.get() == null) {
                return r.withNextStep(null);
            }
            Step current = r.nextStep() == null ? Step.of(null, null, null) : r.nextStep();
            return r.withNextStep(current.withWhat(emptyToNull(what.get())).withDate(date.get())
                    .withOwner(owner.get()));
        });
    }

    public RowList<Step, MilestoneRow> milestones() {
        return milestones;
    }

    /** The progress plan belongs in decision-maker letters only; the page says so otherwise. */
    public BooleanBinding planApplies() {
        return planApplies;
    }

    /**
     * The usual milestones towards a decision, dated from the interview on working days: evidence delivered, the
     * reference check, the meeting with the decision maker, the decision. Replaces an empty plan; all editable.
     */
    public void suggestPlan(I18n i18n) {
        LocalDate interview = document.round().date();
        List<MilestoneRow> suggested = List.of(
                row(i18n.get("plan.suggest.evidence"), workingDaysAfter(interview, 2), Owner.ME),
                row(i18n.get("plan.suggest.references"), workingDaysAfter(interview, 5), Owner.EMPLOYER),
                row(i18n.get("plan.suggest.meeting"), workingDaysAfter(interview, 8), Owner.ME),
                row(i18n.get("plan.suggest.decision"), workingDaysAfter(interview, 10), Owner.EMPLOYER));
        milestones.rows().setAll(suggested);
    }

    private static MilestoneRow row(String what, LocalDate date, Owner owner) {
        MilestoneRow row = new MilestoneRow();
        row.what.set(what);
        row.date.set(date);
        row.owner.set(owner);
        return row;
    }

    static LocalDate workingDaysAfter(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    @Override
    public String key() {
        return "step.nextStep";
    }

    @Override
    public ObservableBooleanValue filled() {
        return Bindings.createBooleanBinding(() -> !what.get().isBlank() && date.get() != null, what, date);
    }
}
