package app.followup.ui.board;

import java.util.Locale;
import app.followup.applications.Activity;
import app.followup.applications.ActivityCsv;
import app.followup.applications.ActivityLog;
import app.followup.applications.ActivityReport;
import app.followup.applications.Agenda;
import app.followup.applications.Application;
import app.followup.applications.ApplicationScanner;
import app.followup.applications.CalendarEntries;
import app.followup.applications.ReportPeriod;
import app.followup.applications.Scan;
import app.followup.applications.StatusEntry;
import app.followup.letter.Reminder;
import app.followup.mail.Reminders;
import app.followup.model.Language;
import app.followup.notes.AtomicFiles;
import app.followup.notes.NotesException;
import app.followup.notes.OutputTarget;
import app.followup.pdf.ActivityReportPdf;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.FileChoice;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the board saves for all applications at once: one calendar with every dated item of every active
 * application (as {@code status --ics}: the same events, updated when imported again), and the activity report
 * for a period (as {@code log}: a printable PDF, opened when saved, and the CSV beside it). Read from the folders
 * as they are on disk, off the JavaFX thread; what came of it is said in {@link #noticeProperty()}.
 */
public final class BoardExports {
    private final List<Path> folders;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final BoardDialogs dialogs;
    private final LinkOpener links;
    private final I18n i18n;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    /** The notice as words of the window's language, said again in the new language when the user switches. */
    private Supplier<String> wording = () -> "";

    /** @param folders the board's folders, as they are when an export starts */
    BoardExports(List<Path> folders, BackgroundRunner background, Supplier<LocalDate> today, BoardDialogs dialogs,
                 LinkOpener links, I18n i18n) {
        this.folders = folders;
        this.background = background;
        this.today = today;
        this.dialogs = dialogs;
        this.links = links;
        this.i18n = i18n;
        i18n.localeProperty().addListener(o -> notice.set(wording.get()));
    }

    public void saveCalendar() {
        String name = i18n.get("board.calendar.fileName");
        chosen(() -> dialogs.chooseCalendar(name, firstFolder())).ifPresent(target -> {
            List<Path> snapshot = List.copyOf(folders);
            LocalDate day = today.get();
            background.run(() -> writeCalendar(snapshot, day, target),
                    events -> say(false, "board.calendar.saved", events, target.getFileName()),
                    error -> say(true, "board.saveFailed", target.getFileName(), error.getMessage()));
        });
    }

    private static int writeCalendar(List<Path> folders, LocalDate day, Path target) {
        Scan scan = new ApplicationScanner().scan(folders);
        List<Application> active = StatusEntry.of(scan.applications(), day, false).stream()
                .map(StatusEntry::application).toList();
        List<Reminder> reminders = CalendarEntries.of(active, new Agenda(day));
        writeAll(List.of(target), List.of(new Reminders().write(reminders)));
        return reminders.size();
    }

    /** Asks for the period (last month unless the user says otherwise) and where to save, then saves and opens. */
    public void saveReport() {
        dialogs.askPeriod(ReportPeriod.lastMonth(today.get())).ifPresent(period -> chosen(() -> dialogs.chooseReport(
                i18n.get("board.report.fileName", period.from().toString(), period.to().toString()), firstFolder()))
                .ifPresent(pdf -> {
                    List<Path> snapshot = List.copyOf(folders);
                    Language language = i18n.language();
                    Path csv = csvBeside(pdf);
                    background.run(() -> {
                        int activities = writeReport(snapshot, period, language, pdf, csv);
                        return new Saved(activities, links.open(pdf.toUri().toString()).opened());
                    // a PDF nothing could open is still a report saved: said in the normal colour, with where it is
                    }, saved -> say(false, saved.opened() ? "board.report.saved" : "board.report.savedNotOpened",
                            saved.activities(), pdf.getFileName(), csv.getFileName(), pdf.toAbsolutePath().getParent()),
                            error -> say(true, "board.saveFailed", pdf.getFileName(), error.getMessage()));
                }));
    }

    private record Saved(int activities, boolean opened) {
    }

    private static int writeReport(List<Path> folders, ReportPeriod period, Language language, Path pdf, Path csv) {
        Scan scan = new ApplicationScanner().scan(folders);
        List<Activity> rows = ActivityLog.between(scan.applications(), period.from(), period.to());
        byte[] table = new ActivityReportPdf().render(
                ActivityReport.of(scan.applications(), rows, period.from(), period.to(), language));
        writeAll(List.of(pdf, csv), List.of(table, ActivityCsv.bytes(rows)));
        return rows.size();
    }

    /** "november.pdf" → "november.csv"; a name without ".pdf" gets ".csv" added. */
    static Path csvBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4)
                : name;
        return pdf.resolveSibling(base + ".csv");
    }

    /** Every file staged first and moved into place only when all are ready: all of them, or none. */
    private static void writeAll(List<Path> targets, List<byte[]> contents) {
        Path[] staged = new Path[targets.size()];
        try {
            Path[] real = new Path[targets.size()];
            for (int i = 0; i < targets.size(); i++) {
                real[i] = OutputTarget.check(targets.get(i), null).real();
                staged[i] = AtomicFiles.stage(real[i], contents.get(i));
            }
            for (int i = 0; i < targets.size(); i++) {
                AtomicFiles.commit(staged[i], real[i]);
                staged[i] = null;
            }
        } catch (NotesException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(AtomicFiles.reason(e), e);
        } finally {
            for (Path left : staged) {
                AtomicFiles.discard(left);
            }
        }
    }

    /** Where the file choosers start: the board's first folder. */
    Path firstFolder() {
        return folders.isEmpty() ? null : folders.get(0);
    }

    /** Says what came of an export or a nudge, worded again whenever the window's language changes. */
    /** The place chosen in a file dialog; a name this system cannot hold is said as a problem. */
    private Optional<Path> chosen(Supplier<Optional<Path>> dialog) {
        return FileChoice.of(dialog, i18n, why -> tell(why, true));
    }

    void say(boolean isProblem, String key, Object... args) {
        wording = () -> i18n.get(key, args);
        notice.set(wording.get());
        problem.set(isProblem);
    }

    /** Says a reason given by the file system or the notes reader, which has one wording only. */
    void tell(String text, boolean isProblem) {
        wording = () -> text;
        notice.set(text);
        problem.set(isProblem);
    }

    /** What the last export, or nudge, came to; "" before any. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
