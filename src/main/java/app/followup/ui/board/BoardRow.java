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
        return new BoardRow(application.file(), application.employer(), application.position(),
                application.roundNumber(), current == null ? null : current.stageOrDefault(),
                current == null ? null : current.date(), item.what(), item.detail(), item.due(), state,
                timing(item, state, today), offer);
    }

    private static Timing timing(DueItem item, ApplicationState state, LocalDate today) {
        if (state != ApplicationState.ACTIVE) {
            return Timing.NONE;
        }
        LocalDate day = item.dueOr(today);
        return day.isBefore(today) ? Timing.OVERDUE : day.isEqual(today) ? Timing.TODAY : Timing.LATER;
    }
}
