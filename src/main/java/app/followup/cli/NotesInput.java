package app.followup.cli;

import app.followup.model.Notes;
import app.followup.notes.Dates;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Loading the notes file and choosing a round, with the command line's one-line errors. */
final class NotesInput {
    private NotesInput() {
    }

    static Notes load(NotesFile files, Path file) {
        try {
            return files.load(file);
        } catch (NotesException e) {
            throw UsageException.about(file, e.getMessage());
        }
    }

    /** The 0-based index of the 1-based {@code --round}, the last round when none is given. */
    static int roundIndex(Notes notes, Path file, Integer round) {
        int count = notes.rounds().size();
        if (count == 0) {
            throw UsageException.about(file, "has no interview rounds yet: \"rounds\" is empty");
        }
        if (round == null) {
            return count - 1;
        }
        if (round < 1 || round > count) {
            throw UsageException.about(file, "there is no round " + round + "; the file has "
                    + (count == 1 ? "1 round" : count + " rounds"));
        }
        return round - 1;
    }

    /** Reads YYYY-MM-DD for options such as {@code --today} and {@code --date}. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, found '" + value + "'");
            }
            if (!Dates.isUsable(date)) {
                throw new CommandLine.TypeConversionException("expected a date from " + Dates.FIRST + " to "
                        + Dates.LAST + ", found '" + value + "'");
            }
            return date;
        }
    }
}
