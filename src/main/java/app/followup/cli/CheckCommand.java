package app.followup.cli;

import app.followup.advice.Advice;
import app.followup.advice.Advisor;
import app.followup.advice.Level;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Prints advice on a round's letter, one line each: LEVEL code: message.",
            "Exit status 1 when any advice is an ERROR, 0 otherwise."})
final class CheckCommand implements Callable<Integer> {
    static final int ERRORS_FOUND = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RoundOptions options;

    @Override
    public Integer call() {
        Notes notes = NotesInput.load(new NotesFile(), options.notesFile);
        int index = NotesInput.roundIndex(notes, options.notesFile, options.round);
        LocalDate day = options.todayOrNow();
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
