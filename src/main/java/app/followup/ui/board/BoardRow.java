package app.followup.ui.board;

import app.followup.applications.Application;
import app.followup.applications.DueItem;
import app.followup.applications.What;
import app.followup.letter.NudgeComposer;
import app.followup.model.ApplicationState;
import app.followup.model.Round;
import app.followup.model.Stage;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One application on the board: who, what for, how far, and what is due when.
 *
 * @param round        1-based, 0 before the first interview
 * @param stage        the current round's stage, null before the first interview
 * @param lastInterview the current round's date, null when there is none
 * @param detail       the step or evidence the item is about, in the user's words; null when the notes have none
 * @param due          null when the item has no date
 * @param offer        the short letter the employer's silence calls for today, null when none
 */
public record BoardRow(Path file, String employer, String position, int round, Stage stage,
                       LocalDate lastInterview, What what, String detail, LocalDate due, ApplicationState state, Timing timing,
                       NudgeComposer.Kind offer) {

    /** How the due date stands against today, for the eye: overdue and today stand out. */
    public enum Timing { OVERDUE, TODAY, LATER, NONE }

    static BoardRow of(Application application, DueItem item, NudgeComposer.Kind offer, LocalDate today) {
        Round current = application.currentRound();
        ApplicationState state = application.notes().status().stateOrDefault();
        LocalDate interview = current == null ? null : current.date();
        LocalDate due = item.due();
        // status gives the letter until the day after the interview; the method says the same day, and the board
        // is where the user plans the day: after today's interview the letter is today's work
        if (item.what() == What.LETTER_DUE && today.equals(interview)) {
            due = today;
        }
        return new BoardRow(application.file(), application.employer(), application.position(),
                application.roundNumber(), current == null ? null : current.stageOrDefault(), interview,
                item.what(), item.detail(), due, state, timing(due, state, today), offer);
    }

    private static Timing timing(LocalDate due, ApplicationState state, LocalDate today) {
        if (isClosed(state)) {
            return Timing.NONE;
        }
        LocalDate day = due == null ? today : due;
        return day.isBefore(today) ? Timing.OVERDUE : day.isEqual(today) ? Timing.TODAY : Timing.LATER;
    }

    /**
     * Whether nothing is asked of the user any more. An offer is not active for {@code status}, but it waits for the
     * user's answer: the board keeps it among the active ones.
     */
    public boolean isClosed() {
        return isClosed(state);
    }

    private static boolean isClosed(ApplicationState state) {
        return state != ApplicationState.ACTIVE && state != ApplicationState.OFFER;
    }

    /** An offer the user has yet to answer. */
    boolean awaitsAnswer() {
        return state == ApplicationState.OFFER;
    }

    /** The letter after an interview held today: the method's day for it, though {@code status} gives it until tomorrow. */
    boolean letterOnInterviewDay() {
        return what == What.LETTER_DUE && due != null && due.equals(lastInterview);
    }
}
