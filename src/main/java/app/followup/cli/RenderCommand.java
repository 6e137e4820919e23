package app.followup.cli;

import app.followup.export.ExportException;
import app.followup.export.ExportWarning;
import app.followup.export.LetterExport;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Writes a round's follow-up letter: the letter you edited, or else one rendered from the notes.",
            "With no output option, prints the email text."})
final class RenderCommand implements Callable<Integer> {
    private static final Map<LetterExport.Kind, String> OPTIONS = Map.of(LetterExport.Kind.TEXT, "--text",
            LetterExport.Kind.PDF, "--pdf", LetterExport.Kind.EMAIL_DRAFT, "--eml", LetterExport.Kind.REMINDERS, "--ics");

    /** The command line's wording, unchanged since the warnings were first printed: scripts may match it. */
    private static final ExportWarning.Wording<String> WARNINGS = new ExportWarning.Wording<>() {
        @Override
        public String recipientsLeftOut(List<String> addresses) {
            return "left out of the email, not valid addresses: " + String.join(", ", addresses);
        }

        @Override
        public String glyphsMissing(List<String> characters) {
            return "the PDF fonts have no glyph for " + String.join(", ", characters) + "; shown as a replacement mark";
        }

        @Override
        public String senderLeftOut(List<String> addresses) {
            return "left out of the email draft's From, not a valid address: " + String.join(", ", addresses);
        }
    };

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RoundOptions options;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "the letter as an A4 PDF")
    Path pdf;

    @Option(names = "--text", paramLabel = "OUT.txt", description = "the email as plain text (Subject, To, Cc, body)")
    Path text;

    @Option(names = "--eml", paramLabel = "OUT.eml",
            description = "an unsent email with the PDF attached, to open in Outlook or Thunderbird")
    Path eml;

    @Option(names = "--ics", paramLabel = "OUT.ics",
            description = "calendar reminders for the next step and the milestones you own")
    Path ics;

    @Override
    public Integer call() {
        Notes notes = NotesInput.load(new NotesFile(), options.notesFile);
        int index = NotesInput.roundIndex(notes, options.notesFile, options.round);
        LetterComposer composer = LetterComposer.standard();
        Letter letter = composer.compose(notes, index, options.todayOrNow());
        LetterExport.Targets targets = new LetterExport.Targets(text, pdf, eml, ics);
        LetterExport.Plan plan = new LetterExport(composer).plan(letter, notes.candidate(), targets);
        if (targets.isEmpty()) {
            plan.warnings().forEach(this::warn);
            spec.commandLine().getOut().print(TerminalText.safe(EmailText.of(letter)));
            return Cli.OK;
        }
        try {
            plan.writeAll(List.of(options.notesFile), output -> OPTIONS.get(output.kind()));
        } catch (ExportException e) {
            throw OutputFiles.usage(e);
        }
        plan.warnings().forEach(this::warn);
        return Cli.OK;
    }

    private void warn(ExportWarning warning) {
        spec.commandLine().getErr().println("followup: warning: " + warning.wordedBy(WARNINGS));
    }
}
