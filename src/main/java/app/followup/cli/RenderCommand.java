package app.followup.cli;

import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.mail.EmailText;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import app.followup.pdf.LetterPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Writes a round's follow-up letter: the letter you edited, or else one rendered from the notes.",
            "With no output option, prints the email text."})
final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NOTES.json", description = "the notes file")
    Path notesFile;

    @Option(names = "--round", paramLabel = "N", description = "which round, from 1 (default: the last)")
    Integer round;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = NotesInput.DateConverter.class,
            description = "the date to write the letter on (default: today)")
    LocalDate today;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "the letter as an A4 PDF")
    Path pdf;

    @Option(names = "--text", paramLabel = "OUT.txt", description = "the email as plain text (Subject, To, Cc, body)")
    Path text;

    @Override
    public Integer call() {
        Notes notes = NotesInput.load(new NotesFile(), notesFile);
        int index = NotesInput.roundIndex(notes, notesFile, round);
        Letter letter = LetterComposer.standard().compose(notes, index, today == null ? LocalDate.now() : today);
        String email = EmailText.of(letter);

        if (pdf == null && text == null) {
            spec.commandLine().getOut().print(email);
            return Cli.OK;
        }
        OutputFiles outputs = new OutputFiles(notesFile);
        if (text != null) {
            outputs.add("--text", text, email.getBytes(StandardCharsets.UTF_8));
        }
        if (pdf != null) {
            LetterPdf.Result result = new LetterPdf().render(letter);
            outputs.add("--pdf", pdf, result.bytes());
            if (!result.missingGlyphs().isEmpty()) {
                spec.commandLine().getErr().println("followup: warning: the PDF font has no glyph for "
                        + String.join(", ", result.missingGlyphs()) + "; shown as a replacement mark");
            }
        }
        outputs.writeAll();
        return Cli.OK;
    }
}
