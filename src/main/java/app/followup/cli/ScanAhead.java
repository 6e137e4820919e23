package app.followup.cli;

import app.followup.applications.ApplicationScanner;
import app.followup.applications.Scan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The notes files {@code status} and {@code log} will read, read on a thread of its own while picocli builds the
 * command and parses the arguments, which in a cold JVM takes as long as reading a folder of a hundred files.
 * The folders are guessed from the raw arguments; the reading is used only when picocli finds exactly the same
 * ones, and is otherwise thrown away, so a wrong guess costs time but never changes what is read.
 */
final class ScanAhead {
    /** The options of {@code status} and {@code log} that take a value as the next argument. */
    private static final Set<String> TAKE_A_VALUE = Set.of("--today", "--ics", "--from", "--to", "--csv", "--pdf",
            "--lang");

    private final List<Path> paths;
    private final FutureTask<Scan> reading;

    private ScanAhead(List<Path> paths) {
        this.paths = paths;
        this.reading = new FutureTask<>(() -> new ApplicationScanner().scan(ApplicationsInput.orCurrentFolder(paths)));
    }

    /** Starts reading for a {@code status} or {@code log} command line; null for any other. */
    static ScanAhead start(String[] args) {
        if (args.length == 0 || !(args[0].equals("status") || args[0].equals("log"))) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-")) {
                if (TAKE_A_VALUE.contains(arg)) {
                    i++;
                } else if (!arg.startsWith("--") || arg.equals("--")) {
                    // short options, clusters and the end of options: rare on these commands, not worth guessing
                    return null;
                }
                continue;
            }
            paths.add(Path.of(arg));
        }
        ScanAhead ahead = new ScanAhead(List.copyOf(paths));
        Thread thread = new Thread(ahead.reading, "followup-scan-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** What was read ahead, when it was read for exactly these paths; else null. */
    Scan scanFor(List<Path> wanted) {
        if (!paths.equals(wanted)) {
            reading.cancel(false);
            return null;
        }
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // read again where it can fail as it always did
            return null;
        }
    }
}
