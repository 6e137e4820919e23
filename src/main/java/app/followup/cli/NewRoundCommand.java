package app.followup.cli;

import app.followup.model.Notes;
import app.followup.model.Stage;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new-round", mixinStandardHelpOptions = true,
        description = {"Adds the next interview round, starting from the last one's notes (without its date, letter "
            + "and private notes).", "Saves the file in place and keeps the previous version as NOTES.json.bak."})
final class NewRoundCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NOTES.json", description = "the notes file")
    Path notesFile;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = NotesInput.DateConverter.class,
            description = "the new interview's date")
    LocalDate date;

    @Option(names = "--stage", paramLabel = "sponsor|decision-maker", converter = StageConverter.class,
            description = "the new round's stage (default: the last round's)")
    Stage stage;

    @Override
    public Integer call() {
        Notes updated;
        try {
            // read, changed and saved under the file's lock: a second new-round at the same time waits, then
            // adds its round after this one instead of overwriting it
            updated = new NotesFile().update(notesFile, notes -> {
                if (notes.rounds().isEmpty()) {
                    throw new NotesException("has no round to start the next one from");
                }
                return notes.withNewRound(date, stage);
            });
        } catch (NotesException e) {
            throw UsageException.about(notesFile, e.getMessage());
        }
        spec.commandLine().getOut().println("Added round " + updated.rounds().size() + " (" + date + ", "
                + updated.lastRound().stageOrDefault().code() + ") to " + notesFile);
        return Cli.OK;
    }

    static final class StageConverter implements CommandLine.ITypeConverter<Stage> {
        @Override
        public Stage convert(String value) {
            try {
                return Stage.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
