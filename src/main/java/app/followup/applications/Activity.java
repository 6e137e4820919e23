package app.followup.applications;

import app.followup.model.ApplicationState;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the job-search activity report.
 *
 * @param contacts the people on the employer's side, "Ola Hansen, Per Li (Rekrutt AS)"; "" when none are noted
 * @param outcome  where the application stands now
 */
public record Activity(LocalDate date, String employer, String position, ActivityKind kind, String contacts,
                       ApplicationState outcome) {

    public List<String> csvRow() {
        return List.of(date.toString(), employer, position, kind.code(), contacts, outcome.code());
    }
}
