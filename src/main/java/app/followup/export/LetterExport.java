package app.followup.export;

import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.Texts;
import app.followup.mail.AttachmentName;
import app.followup.mail.EmailDraft;
import app.followup.mail.EmailText;
import app.followup.mail.Recipients;
import app.followup.mail.Reminders;
import app.followup.model.Candidate;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.pdf.LetterPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Every file a letter is exported to, for the command line and the window alike: the email as text, the PDF, the
 * unsent email draft with the PDF attached, the calendar reminders, and one PDF and draft per participant. Each
 * export is planned first (contents made, warnings found, nothing written), then written as one set, whole or
 * not at all.
 */
public final class LetterExport {
    /** What an output holds; the command line names each by its option, the window by its file. */
    public enum Kind { TEXT, PDF, EMAIL_DRAFT, REMINDERS }

    public record Output(Kind kind, Path target, byte[] content) {
    }

    /** Where each output goes; null for an output not wanted. */
    public record Targets(Path text, Path pdf, Path emailDraft, Path reminders) {
        public static Targets pdf(Path pdf) {
            return new Targets(null, pdf, null, null);
        }

        public static Targets emailDraft(Path emailDraft) {
            return new Targets(null, null, emailDraft, null);
        }

        public static Targets reminders(Path reminders) {
            return new Targets(null, null, null, reminders);
        }

        public boolean isEmpty() {
            return text == null && pdf == null && emailDraft == null && reminders == null;
        }
    }

    /** The outputs ready to write and what the user should know about them. */
    public record Plan(List<Output> outputs, List<ExportWarning> warnings) {
        public Plan {
            outputs = List.copyOf(outputs);
            warnings = List.copyOf(warnings);
        }

        /**
         * Writes every output or none ({@link OutputSet}).
         *
         * @param notesFiles files no output may replace
         * @param label how each output is named in a problem
         */
        public void writeAll(Collection<Path> notesFiles, Function<Output, String> label) throws ExportException {
            OutputSet set = new OutputSet(notesFiles);
            for (Output output : outputs) {
                set.add(label.apply(output), output.target(), output.content());
            }
            set.writeAll();
        }
    }

    private final LetterComposer composer;

    public LetterExport(LetterComposer composer) {
        this.composer = composer;
    }

    /** The letter's outputs to the given targets, from the candidate; with no targets, only the warnings. */
    public Plan plan(Letter letter, Candidate sender, Targets targets) {
        List<Output> outputs = new ArrayList<>();
        WarningList warnings = new WarningList();
        warnings.recipientsLeftOut(Recipients.of(letter).leftOut());
        if (targets.text() != null) {
            outputs.add(new Output(Kind.TEXT, targets.text(), EmailText.of(letter).getBytes(StandardCharsets.UTF_8)));
        }
        if (targets.pdf() != null || targets.emailDraft() != null) {
            byte[] pdf = pdf(letter, warnings);
            if (targets.pdf() != null) {
                outputs.add(new Output(Kind.PDF, targets.pdf(), pdf));
            }
            if (targets.emailDraft() != null) {
                // the draft's attachment is named as the PDF saved beside it, if there is one
                String attachment = targets.pdf() != null ? targets.pdf().getFileName().toString()
                        : AttachmentName.of(letter);
                outputs.add(new Output(Kind.EMAIL_DRAFT, targets.emailDraft(),
                        draft(letter, sender, pdf, attachment, warnings)));
            }
        }
        if (targets.reminders() != null) {
            outputs.add(new Output(Kind.REMINDERS, targets.reminders(), new Reminders().write(letter.reminders())));
        }
        return new Plan(outputs, warnings.merged());
    }

    /**
     * One PDF and one email draft for each participant with a name, each greeting that person alone, in the
     * folder: "Subject - Name.pdf" and ".eml".
     */
    public Plan onePerParticipant(Notes notes, int round, LocalDate today, Path folder) {
        String base = AttachmentName.baseOf(composer.compose(notes, round, today));
        List<Output> outputs = new ArrayList<>();
        WarningList warnings = new WarningList();
        for (Participant participant : notes.rounds().get(round).participants()) {
            String name = Texts.inline(participant.name());
            if (name == null) {
                continue;
            }
            Letter own = composer.composeFor(notes, round, today, participant);
            warnings.recipientsLeftOut(Recipients.of(own).leftOut());
            String file = base + " - " + AttachmentName.fileSafe(name);
            byte[] pdf = pdf(own, warnings);
            outputs.add(new Output(Kind.PDF, folder.resolve(file + ".pdf"), pdf));
            outputs.add(new Output(Kind.EMAIL_DRAFT, folder.resolve(file + ".eml"),
                    draft(own, notes.candidate(), pdf, file + ".pdf", warnings)));
        }
        return new Plan(outputs, warnings.merged());
    }

    private static byte[] pdf(Letter letter, WarningList warnings) {
        LetterPdf.Result result = new LetterPdf().render(letter);
        warnings.glyphsMissing(result.missingGlyphs());
        return result.bytes();
    }

    private static byte[] draft(Letter letter, Candidate sender, byte[] pdf, String attachment,
                                WarningList warnings) {
        EmailDraft.Result draft = new EmailDraft().write(letter, sender.name(), sender.email(), pdf, attachment);
        // the draft lists its recipients left out too; the list keeps only the sender's address as news
        warnings.senderLeftOut(draft.leftOut());
        return draft.eml();
    }
}
