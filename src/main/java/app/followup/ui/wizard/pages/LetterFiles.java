package app.followup.ui.wizard.pages;

import app.followup.export.ExportWarning;
import app.followup.export.LetterExport;
import app.followup.letter.Letter;
import app.followup.mail.AttachmentName;
import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.FileChoice;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The letter page's exports: asks where (a file named after the letter, or a folder for one letter per
 * participant), writes through the export service the command line uses, and says in the status line what was
 * saved and what the command line would have warned about.
 */
public final class LetterFiles {
    /** One letter to each participant instead of one letter with copies (the article prefers the latter). */
    public final BooleanProperty onePerParticipant = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Path> savedPdf = new ReadOnlyObjectWrapper<>();
    private final SavedExports saved = new SavedExports();
    private final Document document;
    private final Supplier<Letter> letter;
    private final LetterExport export;
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final I18n i18n;
    private final Consumer<String> status;
    private final Consumer<String> failed;
    private final UserStore store;

    /**
     * @param store  remembers the PDF saved from each round's letter, for when the file is opened again
     * @param failed tells the user that a file was not saved, and why, wherever the page shows problems
     */
    LetterFiles(Document document, Supplier<Letter> letter, LetterExport export, Dialogs dialogs,
                BackgroundRunner background, Supplier<LocalDate> today, I18n i18n, Consumer<String> status,
                Consumer<String> failed, UserStore store) {
        this.store = store;
        this.failed = failed;
        this.document = document;
        this.letter = letter;
        this.export = export;
        this.dialogs = dialogs;
        this.background = background;
        this.today = today;
        this.i18n = i18n;
        this.status = status;
        // a PDF saved before the notes had a file (a new application, its letter sent out first) is remembered
        // once they have one, as is a PDF of a file saved under another name
        document.savesProperty().addListener(o -> rememberPdf());
    }

    /** "Save as PDF": one PDF where the user chooses, or with one letter per participant, a folder for them all. */
    public void savePdf() {
        if (onePerParticipant.get()) {
            chosen(dialogs::chooseFolder).ifPresent(this::saveOnePerParticipant);
        } else {
            chosen(() -> dialogs.choosePdfToSave(baseName() + ".pdf")).ifPresent(this::savePdf);
        }
    }

    /** "Save email draft": the unsent email with the PDF attached, or one per participant in a chosen folder. */
    public void saveEmailDraft() {
        if (onePerParticipant.get()) {
            chosen(dialogs::chooseFolder).ifPresent(this::saveOnePerParticipant);
        } else {
            chosen(() -> dialogs.chooseEmailDraftToSave(baseName() + ".eml")).ifPresent(this::saveEmailDraft);
        }
    }

    /** "Save reminders": calendar reminders for the steps the candidate owns. */
    public void saveReminders() {
        chosen(() -> dialogs.chooseCalendarToSave(baseName() + ".ics")).ifPresent(this::saveReminders);
    }

    private Optional<Path> chosen(Supplier<Optional<Path>> dialog) {
        return FileChoice.of(dialog, i18n, failed);
    }

    /**
     * The letter's subject, with the employer in front when the subject does not name it: two applications for
     * the same kind of job must not suggest the same file name in the same folder.
     */
    private String baseName() {
        return AttachmentName.withEmployer(AttachmentName.baseOf(letter.get()),
                document.isOpen() ? document.notes().employer().name() : null);
    }

    public void savePdf(Path target) {
        savePdf(target, () -> { });
    }

    /** @param then runs once the PDF is written, not after a failure */
    void savePdf(Path target, Runnable then) {
        export(SavedExports.Kind.PDF, target, LetterExport.Targets.pdf(target), "error.pdf", plan -> {
            savedPdf.set(target);
            rememberPdf();
            then.run();
            return i18n.get("status.pdfSaved", target.getFileName());
        });
    }

    /** Keeps the PDF saved from this round's letter with the notes file, for when it is opened again. */
    private void rememberPdf() {
        Path notesFile = document.fileProperty().get();
        SavedExports.Saved pdf = saved.get(SavedExports.Kind.PDF);
        if (notesFile != null && pdf != null) {
            store.rememberSavedPdf(notesFile, document.roundIndex(),
                    new UserStore.SavedPdf(pdf.target(), pdf.madeFromPrint()));
        }
    }

    /** The PDF saved last from this page, to show in the file manager for attaching; null before. */
    public ReadOnlyObjectProperty<Path> savedPdf() {
        return savedPdf.getReadOnlyProperty();
    }

    public void saveEmailDraft(Path target) {
        export(SavedExports.Kind.EMAIL_DRAFT, target, LetterExport.Targets.emailDraft(target), "error.export",
                plan -> i18n.get("status.draftSaved", target.getFileName()));
    }

    public void saveReminders(Path target) {
        int count = letter.get().reminders().size();
        export(SavedExports.Kind.REMINDERS, target, LetterExport.Targets.reminders(target), "error.export",
                plan -> i18n.get("status.remindersSaved", count, target.getFileName()));
    }

    /** Another file or round is shown: the files saved before belong to another letter. */
    void forget() {
        saved.forget();
        savedPdf.set(null);
    }

    /**
     * The file opened again: the PDF saved from this round's letter in an earlier session, if it is still there,
     * is the one to show for attaching, out of date when the letter no longer matches it.
     */
    void recall() {
        Path notesFile = document.fileProperty().get();
        if (notesFile == null) {
            return;
        }
        store.savedPdf(notesFile, document.roundIndex()).filter(remembered -> Files.isRegularFile(remembered.pdf()))
                .ifPresent(remembered -> {
                    saved.recall(remembered.pdf(), savedAt(remembered.pdf()), remembered.letterPrint());
                    savedPdf.set(remembered.pdf());
                });
    }

    private static LocalTime savedAt(Path file) {
        try {
            return LocalTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalTime.now();
        }
    }

    /** What was saved from this page, and from which letter. */
    SavedExports saved() {
        return saved;
    }

    /** Writes each of these saves again, to the same place, from the letter as it is now. */
    void saveAgain(List<SavedExports.Saved> outOfDate) {
        for (SavedExports.Saved again : outOfDate) {
            switch (again.kind()) {
                case PDF -> savePdf(again.target());
                case EMAIL_DRAFT -> saveEmailDraft(again.target());
                case PER_PARTICIPANT -> saveOnePerParticipant(again.target());
                case REMINDERS -> saveReminders(again.target());
            }
        }
    }

    /**
     * One PDF and one email draft for each participant with a name, each greeting that person alone, in the
     * folder: "Subject - Name.pdf" and ".eml".
     */
    public void saveOnePerParticipant(Path folder) {
        var notes = document.notes();
        int round = document.roundIndex();
        LocalDate day = today.get();
        Letter madeFrom = letter.get();
        run(() -> export.onePerParticipant(notes, round, day, folder), "error.export", plan -> {
            saved.record(SavedExports.Kind.PER_PARTICIPANT, folder, LocalTime.now(), madeFrom);
            return i18n.get("status.perParticipant", plan.outputs().stream()
                        .filter(output -> output.kind() == LetterExport.Kind.PDF).count(), folder.getFileName());
        });
    }

    /** Exports the letter as it is now, and once written remembers that letter as the file's source. */
    private void export(SavedExports.Kind kind, Path target, LetterExport.Targets targets, String errorKey,
                        Function<LetterExport.Plan, String> said) {
        Letter current = letter.get();
        var candidate = document.notes().candidate();
        run(() -> export.plan(current, candidate, targets), errorKey, plan -> {
            saved.record(kind, target, LocalTime.now(), current);
            return said.apply(plan);
        });
    }

    /**
     * Plans and writes off the JavaFX thread, checked as the command line checks its outputs (never the notes
     * file, a device or a read-only file; every file or none), then says what was saved and what to know about it.
     */
    private void run(Callable<LetterExport.Plan> planned, String errorKey, Function<LetterExport.Plan, String> said) {
        List<Path> notesFile = Stream.ofNullable(document.fileProperty().get()).toList();
        background.run(() -> {
            LetterExport.Plan plan = planned.call();
            plan.writeAll(notesFile, output -> output.target().getFileName().toString());
            return plan;
        }, plan -> status.accept(withWarnings(said.apply(plan), plan.warnings())),
                error -> failed.accept(i18n.get(errorKey, error.getMessage())));
    }

    private String withWarnings(String saved, List<ExportWarning> warnings) {
        if (warnings.isEmpty()) {
            return saved;
        }
        ExportWarningText wording = new ExportWarningText(i18n);
        return i18n.get("status.withWarnings", saved,
                warnings.stream().map(w -> w.wordedBy(wording)).collect(Collectors.joining(" ")));
    }
}
