package app.followup.applications;

import app.followup.letter.LetterComposer;
import app.followup.letter.Texts;
import app.followup.model.EditedLetter;
import app.followup.model.Evidence;
import app.followup.model.Round;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one application asks of the candidate as of a given day: the round's letter, the steps and evidence the
 * candidate owns (the day a nudge proposed among them), and what to do about the employer's side
 * ({@link NudgeCadence}). Only the current (last) round
 * counts: a new round starts without the old letter, next step and nudges.
 *
 * <p>While the round's letter is still due, a missing next step is not reported: the letter is where it gets
 * planned. Milestones have no "done" mark, so one whose date has passed is taken as behind the candidate; the next step
 * stays until it is replaced or a new round starts, so an overdue one is shown as overdue.
 */
public final class Agenda {
    private final LocalDate today;

    public Agenda(LocalDate today) {
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    /** Every item, most urgent first; a closed application has only {@link What#CLOSED}. */
    public List<DueItem> items(Application application) {
        String id = application.identity();
        if (!application.notes().status().isActive()) {
            return List.of(new DueItem(What.CLOSED, null, application.notes().status().stateOrDefault().code(),
                    id + "|closed"));
        }
        Round round = application.currentRound();
        if (round == null) {
            return List.of(new DueItem(What.NO_NEXT_STEP, null, null, id + "|no-next-step"));
        }
        String roundId = id + "|" + round.date();
        List<DueItem> items = new ArrayList<>();
        EditedLetter letter = round.letter();
        if (letter == null || letter.sentOn() == null) {
            items.add(new DueItem(What.LETTER_DUE, round.date() == null ? null : round.date().plusDays(1), null,
                    roundId + "|letter"));
        }
        Step next = NudgeCadence.planned(round.nextStep()) ? round.nextStep() : null;
        if (next != null && next.isMine()) {
            // the same identity as render --ics gives the next step and the milestones, so one calendar updates the
            // other's events
            items.add(new DueItem(What.MY_STEP, next.date(), next.what(), roundId + "|next-step"));
        }
        for (int i = 0; i < round.milestones().size(); i++) {
            Step milestone = round.milestones().get(i);
            if (!NudgeCadence.planned(milestone) || milestone.date() == null || milestone.date().isBefore(today)) {
                continue;
            }
            What what = milestone.isMine() ? What.MY_STEP : What.AWAITING_EMPLOYER;
            items.add(new DueItem(what, milestone.date(), milestone.what(),
                    milestone.isMine() ? LetterComposer.milestoneId(application.notes(), milestone)
                            : roundId + "|" + milestoneKey(milestone, i)));
        }
        for (int i = 0; i < round.evidence().size(); i++) {
            Evidence evidence = round.evidence().get(i);
            if (!evidence.isDelivered() && evidence.due() != null) {
                // evidence is carried into the next round: its identity leaves out the round
                items.add(new DueItem(What.EVIDENCE_DUE, evidence.due(), evidence.detail(),
                        id + "|evidence-" + (i + 1)));
            }
        }
        NudgeCadence cadence = new NudgeCadence(today);
        items.addAll(cadence.proposals(round, roundId));
        DueItem waiting = cadence.item(round, roundId, hasUpcomingMilestone(round));
        // while the letter is still to be written, the next step is planned in it: not yet the death position
        boolean letterDue = !items.isEmpty() && items.get(0).what() == What.LETTER_DUE;
        if (waiting != null && !(letterDue && waiting.what() == What.NO_NEXT_STEP)) {
            items.add(waiting);
        }
        items.sort(DueItem.mostUrgentFirst(today));
        return List.copyOf(items);
    }

    /** The one item {@code status} shows: the earliest, an undated one counting as due today. */
    public DueItem mostUrgent(Application application) {
        return items(application).get(0);
    }

    /** A milestone's calendar identity: its own id when it has one, so that moving it does not make a new event. */
    static String milestoneKey(Step milestone, int index) {
        String id = Texts.inline(milestone.id());
        return id != null ? "milestone-" + id : "milestone-" + (index + 1);
    }

    private boolean hasUpcomingMilestone(Round round) {
        return round.milestones().stream()
                .anyMatch(m -> NudgeCadence.planned(m) && m.date() != null && !m.date().isBefore(today));
    }
}
