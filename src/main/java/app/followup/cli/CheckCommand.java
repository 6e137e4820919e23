package app.followup.cli;

import app.followup.advice.Advice;
import app.followup.advice.Advisor;
import app.followup.advice.Level;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Prints advice on a round's letter, one line each: LEVEL code: message.",
            "Exit status 1 when any advice is an ERROR, 0 otherwise."})
final class CheckCommand implements Callable<Integer> {
    static final int ERRORS_FOUND = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NOTES.json", description = "the notes file")
    Path notesFile;

    @Option(names = "--round", paramLabel = "N", description = "which round, from 1 (default: the last)")
    Integer round;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = NotesInput.DateConverter.class,
            description = "the date to check deadlines against (default: today)")
    LocalDate today;

    @Override
    public Integer call() {
        Notes notes = NotesInput.load(new NotesFile(), notesFile);
        int index = NotesInput.roundIndex(notes, notesFile, round);
        LocalDate day = today == null ? LocalDate.now() : today;
        Letter letter = LetterComposer.standard().compose(notes, index, day);
        List<Advice> advice = new Advisor(userLanguage()).check(notes, index, day, letter);
        advice.forEach(item -> spec.commandLine().getOut().println(item.line()));
        return advice.stream().anyMatch(item -> item.level() == Level.ERROR) ? ERRORS_FOUND : Cli.OK;
    }

    /** Messages follow the user's language, as the window's do: Norwegian for nb, nn and no, else English. */
    static Language userLanguage() {
        String language = Locale.getDefault().getLanguage();
        return language.equals("nb") || language.equals("nn") || language.equals("no") ? Language.NB : Language.EN;
    }
}
