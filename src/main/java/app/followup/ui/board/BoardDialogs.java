package app.followup.ui.board;

import app.followup.applications.ReportPeriod;
import java.nio.file.Path;
import java.util.Optional;

/** What the board asks the user, behind an interface so that tests can answer. */
public interface BoardDialogs {
    /** Where to save the calendar of every application; the chooser starts in {@code near} when it is not null. */
    Optional<Path> chooseCalendar(String suggestedName, Path near);

    /** Which days the activity report covers. */
    Optional<ReportPeriod> askPeriod(ReportPeriod suggested);

    /** Where to save the activity report's PDF; its CSV goes beside it under the same name. */
    Optional<Path> chooseReport(String suggestedName, Path near);

    /** Where to save a nudge as an unsent email. */
    Optional<Path> chooseEmailDraft(String suggestedName, Path near);
}
