package app.followup.ui.board;

import app.followup.applications.Agenda;
import app.followup.applications.Application;
import app.followup.applications.ApplicationScanner;
import app.followup.applications.FollowUps;
import app.followup.applications.Scan;
import app.followup.applications.Unreadable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The board's rows read from the folders as of one day, most urgent first, and the files that could not be read.
 * Plain work without the toolkit, so that it can start before the window exists ({@link BoardPreload}).
 */
record BoardReading(List<Path> folders, LocalDate day, List<BoardRow> rows, List<String> problems,
                    List<Path> files, Instant started) {
    /**
     * A file whose modification time is this close to the start of the reading may have changed while it was read:
     * some file systems keep the time to the second or two.
     */
    private static final Duration CLOCK_GRAIN = Duration.ofSeconds(2);

    BoardReading {
        folders = List.copyOf(folders);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    static BoardReading of(List<Path> folders, LocalDate day) {
        return of(folders, day, new ApplicationScanner());
    }

    /** No folder to read. */
    static BoardReading nothing(LocalDate day) {
        return new BoardReading(List.of(), day, List.of(), List.of(), List.of(), Instant.now());
    }

    static BoardReading of(List<Path> folders, LocalDate day, ApplicationScanner scanner) {
        Instant started = Instant.now();
        List<Path> files = scanner.files(folders);
        Scan scan = scanner.scan(folders);
        Agenda agenda = new Agenda(day);
        List<BoardRow> rows = new ArrayList<>();
        for (Application application : scan.applications()) {
            rows.add(BoardRow.of(application, agenda.mostUrgent(application),
                    FollowUps.offered(application.notes(), day).orElse(null), day));
        }
        rows.sort(mostUrgentFirst(day));
        List<String> problems = new ArrayList<>();
        for (Unreadable unreadable : scan.unreadable()) {
            problems.add(unreadable.file().getFileName() + ": " + unreadable.reason());
        }
        return new BoardReading(folders, day, rows, problems, files, started);
    }

    /**
     * Whether the folders still hold the files read, none changed since: true when no file was added, removed or
     * written since the reading started (for a reading made before anything watched the folders).
     */
    boolean isCurrent() {
        if (!new ApplicationScanner().files(folders).equals(files)) {
            return false;
        }
        Instant changedBefore = started.minus(CLOCK_GRAIN);
        for (Path file : files) {
            try {
                if (!Files.getLastModifiedTime(file).toInstant().isBefore(changedBefore)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@code status} orders them, the active applications first and the closed ones after; an offer, which waits
     * for the user's answer, among the active ones as due today.
     */
    static Comparator<BoardRow> mostUrgentFirst(LocalDate day) {
        return Comparator.comparing(BoardRow::isClosed)
                .thenComparing(row -> row.due() == null ? day : row.due())
                .thenComparing(row -> String.valueOf(row.file().getFileName()))
                .thenComparing(row -> row.file().toString());
    }
}
