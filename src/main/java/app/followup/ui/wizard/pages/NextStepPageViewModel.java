package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.common.Dialogs;
import app.followup.ui.controls.RowList;
import app.followup.ui.wizard.PageViewModel;
import app.followup.letter.CompanyNames;
import app.followup.letter.PlanOwner;
import app.followup.letter.PlanSuggestion;
import app.followup.letter.Texts;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/** Page 6: the next step the letter ends with, and the progress plan for the decision maker. */
public final class NextStepPageViewModel extends PageViewModel {
    public final StringProperty what = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Owner> owner = new SimpleObjectProperty<>(Owner.ME);
    private final ReadOnlyBooleanWrapper proposedDates = new ReadOnlyBooleanWrapper(false);
    private final InvalidationListener countProposed = o -> proposedDates.set(
            milestones().rows().stream().anyMatch(row -> row.proposedDate.get()));
    private final RowList<Step, MilestoneRow> milestones =
            new RowList<>(MilestoneRow::new, list -> edit(r -> r.withMilestones(list)));
    /** A company name in the owner list: "Vestland Energi" whole, "Brightwave Logistics" as "Brightwave". */
    static final int LISTED_COMPANY_CHARS = 16;
    private final BooleanBinding planApplies;
    /** A next step without a date leaves the candidate waiting: the page says so. */
    public final BooleanBinding dateMissing = Bindings.createBooleanBinding(
            () -> !what.get().isBlank() && date.get() == null, what, date);

    private final Dialogs dialogs;
    private final Supplier<LocalDate> today;
    private List<Step> lastSuggested = List.of();
    private boolean following;

    public NextStepPageViewModel(Document document, Dialogs dialogs, Supplier<LocalDate> today) {
        super(document);
        this.dialogs = dialogs;
        this.today = today;
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
        document.notesProperty().addListener((o, was, now) -> followNotes());
        milestones.rows().addListener((ListChangeListener<MilestoneRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> row.proposedDate.addListener(countProposed));
                change.getRemoved().forEach(row -> row.proposedDate.removeListener(countProposed));
            }
            countProposed.invalidated(null);
        });
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

    /** Some row's day is one the suggestion proposed, which the user has not changed: the table says so. */
    public ReadOnlyBooleanProperty proposedDates() {
        return proposedDates.getReadOnlyProperty();
    }

    public RowList<Step, MilestoneRow> milestones() {
        return milestones;
    }

    /**
     * The name the letter's plan gives a milestone's owner if the user chose {@code choice} for it: a person by
     * the name the letter uses for them, the employer as a whole by the company's name (or the decision maker's,
     * for the decision); null for "Me" and when the notes name no one.
     */
    public String ownerName(MilestoneRow row, OwnerChoice choice) {
        if (!document.isOpen() || choice.owner() == Owner.ME) {
            return null;
        }
        Step step = row.toRecord().withOwner(Owner.EMPLOYER).withWho(choice.who());
        return PlanOwner.employerSide(document.notes(), document.round(), step);
    }

    /**
     * The owner as the plan table's list shows it: as {@link #ownerName}, but the company by its first words (at
     * least one) within {@value #LISTED_COMPANY_CHARS} characters. The list is as wide as its longest name, and
     * "Nordlys Software Distribusjon" took the width the milestones beside it wrapped for; the letter writes the
     * name whole.
     */
    public String ownerListName(MilestoneRow row, OwnerChoice choice) {
        String name = ownerName(row, choice);
        if (name == null || choice.who() != null || !name.equals(companyName())) {
            return name;
        }
        return firstWords(name, LISTED_COMPANY_CHARS);
    }

    private String companyName() {
        // as the letter's plan names the company (PlanOwner)
        return document.notes().employer() == null ? null
                : CompanyNames.shortName(Texts.clause(document.notes().employer().name()));
    }

    static String firstWords(String name, int most) {
        String[] words = name.strip().split("\\s+");
        StringBuilder kept = new StringBuilder(words[0]);
        for (int i = 1; i < words.length && kept.length() + 1 + words[i].length() <= most; i++) {
            kept.append(' ').append(words[i]);
        }
        return kept.toString();
    }

    /** What changes the owner names of a row: its text (the decision is the decision maker's) and the notes. */
    public Observable[] ownerNameChanges(MilestoneRow row) {
        return new Observable[] {row.what, document.notesProperty(), document.roundIndexProperty()};
    }

    /**
     * A row's owner choices: me, each person who took part in the round, and the employer as a whole. A recruiter
     * is among them: the reference check "via Rekruttpartner" is the recruiter's to do, and a tester had to edit
     * the letter to say so. A person whom the letter would name for the employer as a whole anyway (the decision
     * maker on the decision) is left out, so that no name is offered twice.
     */
    public List<OwnerChoice> ownerChoices(MilestoneRow row) {
        List<OwnerChoice> choices = new ArrayList<>();
        choices.add(OwnerChoice.ME);
        if (document.isOpen()) {
            String whole = ownerName(row, OwnerChoice.EMPLOYER);
            for (Participant person : document.round().participants()) {
                if (person == null || person.name() == null || person.name().isBlank()) {
                    continue;
                }
                String name = ownerName(row, OwnerChoice.person(person.name()));
                OwnerChoice choice = OwnerChoice.person(name);
                if (name != null && !name.equals(whole) && !choices.contains(choice)) {
                    choices.add(choice);
                }
            }
        }
        choices.add(OwnerChoice.EMPLOYER);
        return choices;
    }

    /**
     * The row's owner as one of {@code choices}: a person saved or suggested by another form of their name ("Marte
     * Solberg", where the list offers "Marte" as the letter names her) is the listed choice the letter names the same
     * way. A tester saw the combo box print the bare record for a suggested owner it did not list.
     */
    public OwnerChoice listedChoice(MilestoneRow row, List<OwnerChoice> choices) {
        OwnerChoice current = row.choice();
        if (choices.contains(current) || current.owner() == Owner.ME || current.who() == null) {
            return current;
        }
        String name = ownerName(row, current);
        return choices.stream()
                .filter(choice -> choice.who() != null && name != null && name.equals(ownerName(row, choice)))
                .findFirst().orElse(current);
    }

    /** The progress plan belongs in decision-maker letters only; the page says so otherwise. */
    public BooleanBinding planApplies() {
        return planApplies;
    }

    /**
     * A first plan in the letter's language from the notes ({@link PlanSuggestion}). A plan the user has written
     * or changed since the last suggestion is replaced only if they say so.
     */
    public void suggestPlan() {
        List<Step> current = document.round().milestones();
        if (!current.isEmpty() && !current.equals(lastSuggested) && !dialogs.askReplacePlan()) {
            return;
        }
        List<Step> suggested = PlanSuggestion.suggest(document.notes(), document.round(), today.get());
        Round round = document.round();
        milestones.rows().setAll(suggested.stream().map(step -> {
            // each its own id, so that its calendar event stays one event through any edit
            return MilestoneRow.proposed(step.id() == null ? step.withId(UUID.randomUUID().toString()) : step,
                    !PlanSuggestion.dayFromTheNotes(step.date(), round));
        }).toList());
        lastSuggested = document.round().milestones();
    }

    /**
     * After notes were pasted into a round with the decision maker in the room: the plan to a decision the letter
     * needs, suggested as *Suggest a plan* would, unless the round has one. Testers who pasted their notes left
     * page 6 unseen and sent a letter whose plan stopped at their own deliverable.
     *
     * @return whether a plan was suggested
     */
    public boolean suggestPlanIfNone() {
        if (!document.isOpen() || document.round().stage() != Stage.DECISION_MAKER
                || !document.round().milestones().isEmpty()) {
            return false;
        }
        suggestPlan();
        return true;
    }

    /**
     * A suggested plan the user has not changed follows the notes it was made from: a tester reworded a decision
     * step after *Suggest a plan*, and the milestone copied from it kept the old words. Each row keeps its id, so
     * its calendar event stays one event.
     */
    private void followNotes() {
        if (following || lastSuggested.isEmpty() || !document.isOpen()
                || !document.round().milestones().equals(lastSuggested)) {
            return;
        }
        List<Step> suggested = PlanSuggestion.suggest(document.notes(), document.round(), today.get());
        List<Step> withIds = new ArrayList<>();
        for (int i = 0; i < suggested.size(); i++) {
            withIds.add(suggested.get(i).withId(i < lastSuggested.size() ? lastSuggested.get(i).id()
                    : UUID.randomUUID().toString()));
        }
        if (withIds.equals(lastSuggested)) {
            return;
        }
        following = true;
        try {
            Round round = document.round();
            milestones.rows().setAll(withIds.stream()
                    .map(step -> MilestoneRow.proposed(step, !PlanSuggestion.dayFromTheNotes(step.date(), round)))
                    .toList());
            lastSuggested = document.round().milestones();
        } finally {
            following = false;
        }
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
