package app.followup.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The notes file, the round and "today": what {@code render} and {@code check} both take. */
final class RoundOptions {
    @Parameters(index = "0", paramLabel = "NOTES.json", description = "the notes file")
    Path notesFile;

    @Option(names = "--round", paramLabel = "N", description = "which round, from 1 (default: the last)")
    Integer round;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = NotesInput.DateConverter.class,
            description = "the date to write the letter on and check deadlines against (default: today)")
    LocalDate today;

    LocalDate todayOrNow() {
        return today == null ? LocalDate.now() : today;
    }
}
