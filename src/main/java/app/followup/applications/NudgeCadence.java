package app.followup.applications;

import app.followup.letter.Texts;
import app.followup.model.Nudge;
import app.followup.model.Round;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate's side of waiting for the employer, so that they never sit in the death position. While the
 * employer's date lies ahead, the candidate awaits it. Once it has passed with no nudge since, a nudge is due the
 * day after; after a nudge the next is due {@value #INTERVAL} working days later; after two, the employer has gone
 * quiet, and a letter closing the loop is due {@value #INTERVAL} working days after the second.
 *
 * <p>A nudge proposes a step of the candidate's own with a date ({@link #proposals}); until that day it is what
 * the candidate does next, and the next nudge stays due {@value #INTERVAL} working days after the last.
 *
 * <p>Only nudges with a {@code sentOn} date count (one without is a draft), and only those sent on or after the
 * employer's date: when the employer answers a nudge with a new date and the user records it, the count starts
 * again.
 */
public final class NudgeCadence {
    /** Working days between nudges. */
    public static final int INTERVAL = 5;
    /** Nudges without an answer after which the employer has gone quiet. */
    public static final int TRIES = 2;

    private final LocalDate today;

    public NudgeCadence(LocalDate today) {
        this.today = today;
    }

    /**
     * The waiting item of the round: awaiting-employer, nudge-due, gone-quiet or no-next-step; null when the
     * candidate owns the next step and has not yet nudged twice (the step itself is then the item).
     */
    DueItem item(Round round, String roundId, boolean somethingPlannedAhead) {
        Step next = planned(round.nextStep()) ? round.nextStep() : null;
        LocalDate employerDate = next != null && !next.isMine() ? next.date() : null;
        List<LocalDate> sent = sentSince(round.nudges(), employerDate);
        String detail = next == null ? null : next.what();
        if (sent.size() >= TRIES) {
            return new DueItem(What.GONE_QUIET, WorkingDays.after(sent.get(sent.size() - 1), INTERVAL), detail,
                    roundId + "|close-the-loop");
        }
        if (next != null && next.isMine()) {
            return null;
        }
        if (sent.size() == 1) {
            return new DueItem(What.NUDGE_DUE, WorkingDays.after(sent.get(0), INTERVAL), detail, roundId + "|nudge");
        }
        if (next == null) {
            return somethingPlannedAhead ? null : new DueItem(What.NO_NEXT_STEP, null, null, roundId + "|no-next-step");
        }
        if (employerDate != null && today.isAfter(employerDate)) {
            return new DueItem(What.NUDGE_DUE, employerDate.plusDays(1), detail, roundId + "|nudge");
        }
        return new DueItem(What.AWAITING_EMPLOYER, employerDate, detail, roundId + "|employer-step");
    }

    /**
     * The steps the nudges that count proposed, from today on: the candidate's own next move (the call the nudge
     * offered, the day the application is closed unless the employer answers). One whose day has passed is behind
     * the candidate, as a passed milestone is, and the cadence's own item comes next.
     */
    List<DueItem> proposals(Round round, String roundId) {
        Step next = planned(round.nextStep()) ? round.nextStep() : null;
        LocalDate employerDate = next != null && !next.isMine() ? next.date() : null;
        List<DueItem> items = new ArrayList<>();
        for (int i = 0; i < round.nudges().size(); i++) {
            Nudge nudge = round.nudges().get(i);
            Step proposed = nudge.proposed();
            if (counts(nudge.sentOn(), employerDate) && proposed != null && proposed.date() != null
                    && !proposed.date().isBefore(today)) {
                items.add(new DueItem(proposed.isMine() ? What.MY_STEP : What.AWAITING_EMPLOYER, proposed.date(),
                        proposed.what(), roundId + "|nudge-" + (i + 1) + "-proposed"));
            }
        }
        return items;
    }

    private static boolean counts(LocalDate sentOn, LocalDate employerDate) {
        return sentOn != null && (employerDate == null || !sentOn.isBefore(employerDate));
    }

    /** The nudges that count, oldest first: those sent, and on or after the employer's date when there is one. */
    public static List<LocalDate> sentSince(List<Nudge> nudges, LocalDate employerDate) {
        return nudges.stream()
                .map(Nudge::sentOn)
                .filter(day -> counts(day, employerDate))
                .sorted()
                .toList();
    }

    /** A step that says something: a what or a date. An empty one in the file is no plan. */
    static boolean planned(Step step) {
        // the date first: cleaning the text is the dearer test, and most steps have a date
        return step != null && (step.date() != null || !Texts.isBlank(step.what()));
    }
}
