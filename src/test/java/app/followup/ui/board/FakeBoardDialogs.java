package app.followup.ui.board;

import app.followup.applications.ReportPeriod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The board's questions answered by the test, remembering what was asked. */
public final class FakeBoardDialogs implements BoardDialogs {
    public Path calendar;
    public Path report;
    public Path draft;
    /** null: the user takes the period suggested */
    public ReportPeriod period;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseCalendar(String suggestedName, Path near) {
        asked.add("ics:" + suggestedName);
        return Optional.ofNullable(calendar);
    }

    @Override
    public Optional<ReportPeriod> askPeriod(ReportPeriod suggested) {
        asked.add("period:" + suggested.from() + ".." + suggested.to());
        return Optional.of(period == null ? suggested : period);
    }

    @Override
    public Optional<Path> chooseReport(String suggestedName, Path near) {
        asked.add("report:" + suggestedName);
        return Optional.ofNullable(report);
    }

    @Override
    public Optional<Path> chooseEmailDraft(String suggestedName, Path near) {
        asked.add("eml:" + suggestedName);
        return Optional.ofNullable(draft);
    }
}
