package app.followup.cli;

import app.followup.applications.Application;
import app.followup.applications.ApplicationScanner;
import app.followup.applications.Scan;
import app.followup.applications.Unreadable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The folders and files {@code status} and {@code log} read, and the report of those that cannot be read. */
final class ApplicationsInput {
    @Parameters(arity = "0..*", paramLabel = "FOLDER_OR_FILE",
            description = "folders whose *.followup.json files to read (not their sub-folders), or notes files;"
                    + " default: the current folder")
    List<Path> paths = new ArrayList<>();

    /** The files read ahead while the arguments were parsed, when there was such a reading. */
    private ScanAhead ahead;

    void readAhead(ScanAhead reading) {
        this.ahead = reading;
    }

    Scan scan() {
        Scan read = ahead == null ? null : ahead.scanFor(List.copyOf(paths));
        ahead = null;
        return read != null ? read : new ApplicationScanner().scan(orCurrentFolder(paths));
    }

    static List<Path> orCurrentFolder(List<Path> paths) {
        return paths.isEmpty() ? List.of(Path.of(".")) : paths;
    }

    /** One line per file that cannot be read, naming it; true when there were any. */
    static boolean reportUnreadable(Scan scan, PrintWriter err) {
        for (Unreadable unreadable : scan.unreadable()) {
            err.println(unreadable.file() + ": " + Cli.oneLine(unreadable.reason()));
        }
        return !scan.unreadable().isEmpty();
    }

    /** Every file read or tried, which no output may replace. */
    static List<Path> inputFiles(Scan scan) {
        List<Path> files = new ArrayList<>();
        scan.applications().stream().map(Application::file).forEach(files::add);
        scan.unreadable().stream().map(Unreadable::file).forEach(files::add);
        return files;
    }
}
