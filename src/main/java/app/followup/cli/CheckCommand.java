package app.followup.cli;

import app.followup.advice.Advice;
import app.followup.advice.Advisor;
import app.followup.advice.Level;
import app.followup.advice.PageCount;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Prints advice on a round's letter, one line each: LEVEL code: message.",
            "Exit status 1 when any advice is an ERROR, 0 otherwise."})
final class CheckCommand implements Callable<Integer> {
    static final int ERRORS_FOUND = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RoundOptions options;

    @Option(names = "--lang", paramLabel = "nb|en", converter = LanguageConverter.class,
            description = "the language of the messages (default: the letter's language, from the notes)")
    Language language;

    @Override
    public Integer call() {
        Notes notes = NotesInput.load(new NotesFile(), options.notesFile);
        int index = NotesInput.roundIndex(notes, options.notesFile, options.round);
        LocalDate day = options.todayOrNow();
        Letter letter = LetterComposer.standard().compose(notes, index, day);
        Language messages = language == null ? notes.languageOrDefault() : language;
        List<Advice> advice = new Advisor(messages, PageCount.ofPdf()).check(notes, index, day, letter);
        advice.forEach(item -> spec.commandLine().getOut().println(item.line()));
        return advice.stream().anyMatch(item -> item.level() == Level.ERROR) ? ERRORS_FOUND : Cli.OK;
    }

    /** "nb" or "en", as the notes file writes a language. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected nb or en, found '" + value + "'");
            }
        }
    }
}
