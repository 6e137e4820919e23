package app.followup.cli;

import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.mail.AttachmentName;
import app.followup.mail.EmailDraft;
import app.followup.mail.EmailText;
import app.followup.mail.Recipients;
import app.followup.mail.Reminders;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import app.followup.pdf.LetterPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Writes a round's follow-up letter: the letter you edited, or else one rendered from the notes.",
            "With no output option, prints the email text."})
final class RenderCommand implements Callable<Integer> {
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
        Letter letter = LetterComposer.standard().compose(notes, index, options.todayOrNow());
        String email = EmailText.of(letter);
        List<String> leftOut = Recipients.of(letter).leftOut();
        if (!leftOut.isEmpty()) {
            warn("left out of the email, not valid addresses: " + String.join(", ", leftOut));
        }

        if (pdf == null && text == null && eml == null && ics == null) {
            spec.commandLine().getOut().print(TerminalText.safe(email));
            return Cli.OK;
        }
        OutputFiles outputs = new OutputFiles(options.notesFile);
        if (text != null) {
            outputs.add("--text", text, email.getBytes(StandardCharsets.UTF_8));
        }
        if (pdf != null || eml != null) {
            LetterPdf.Result result = new LetterPdf().render(letter);
            if (pdf != null) {
                outputs.add("--pdf", pdf, result.bytes());
            }
            if (!result.missingGlyphs().isEmpty()) {
                warn("the PDF fonts have no glyph for " + String.join(", ", result.missingGlyphs())
                        + "; shown as a replacement mark");
            }
            if (eml != null) {
                String attachment = pdf != null ? pdf.getFileName().toString() : AttachmentName.of(letter);
                EmailDraft.Result draft = new EmailDraft().write(letter, notes.candidate().name(),
                        notes.candidate().email(), result.bytes(), attachment);
                outputs.add("--eml", eml, draft.eml());
                List<String> fromLeftOut = draft.leftOut().stream().filter(a -> !leftOut.contains(a)).toList();
                if (!fromLeftOut.isEmpty()) {
                    warn("left out of the email draft's From, not a valid address: " + String.join(", ", fromLeftOut));
                }
            }
        }
        if (ics != null) {
            outputs.add("--ics", ics, new Reminders().write(letter.reminders()));
        }
        outputs.writeAll();
        return Cli.OK;
    }

    private void warn(String message) {
        spec.commandLine().getErr().println("followup: warning: " + message);
    }
}
