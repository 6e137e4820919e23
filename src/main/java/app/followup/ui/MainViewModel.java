package app.followup.ui;

import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.UserStore;
import app.followup.ui.wizard.AdviceViewModel;
import app.followup.ui.wizard.NudgeOfferViewModel;
import app.followup.ui.wizard.RoundsViewModel;
import app.followup.ui.wizard.WizardViewModel;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.TermsPageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import app.followup.ProgramVersion;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateException;
import app.followup.model.Candidate;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import app.followup.notes.ReadOnlyException;
import app.followup.notes.RecoveryStore;
import app.followup.ui.help.UserGuide;
import app.followup.userfiles.UserFolders;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's commands: new, open, save, save as, new round, and the guard that never loses unsaved work. File
 * reading and writing run off the JavaFX thread.
 */
public final class MainViewModel {
    private final Document document = new Document();
    private final I18n i18n;
    private final UserStore store;
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private NotesFile files;
    private final RecoveryKeeper recovery;
    /** What the open file held when it was opened or last saved, to notice changes by other programs. */
    private String diskFingerprint;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final LetterComposer composer;
    private final LinkOpener opener;
    /** Where this run writes the user guide's pages, made the first time it is opened. */
    private WizardViewModel wizard;
    private AdviceViewModel advice;
    private NudgeOfferViewModel nudgeOffer;
    private RoundsViewModel rounds;

    public MainViewModel(I18n i18n, UserStore store, Dialogs dialogs, BackgroundRunner background,
                         Supplier<LocalDate> today, LetterComposer composer) {
        this(i18n, store, dialogs, background, today, composer, null);
    }

    public MainViewModel(I18n i18n, UserStore store, Dialogs dialogs, BackgroundRunner background,
                         Supplier<LocalDate> today, LetterComposer composer, RecoveryStore recovery) {
        this(i18n, store, dialogs, background, today, composer, recovery, LinkOpener.standard());
    }

    /**
     * @param recovery where unsaved work is kept against a crash; null keeps none (tests)
     * @param opener   opens the letter in the mail program or webmail, and folders in the file manager
     */
    public MainViewModel(I18n i18n, UserStore store, Dialogs dialogs, BackgroundRunner background,
                         Supplier<LocalDate> today, LetterComposer composer, RecoveryStore recovery,
                         LinkOpener opener) {
        this.opener = opener;
        this.recovery = recovery == null ? null : new RecoveryKeeper(document, recovery, background);
        this.i18n = i18n;
        this.store = store;
        this.dialogs = dialogs;
        this.background = background;
        this.today = today;
        // the last message was in the other language: say in the new one what just happened instead
        i18n.localeProperty().addListener(o -> status.set(i18n.get("status.language")));
        this.composer = composer;
    }

    /**
     * Reads the recent files off the JavaFX thread (on Linux the settings store parses XML files, slow on a cold
     * start); the window calls this once it is on screen.
     */
    public void loadRecentFiles() {
        background.run(store::recentFiles, files -> {
            if (recentFiles.isEmpty()) {
                recentFiles.setAll(files);
            }
        }, error -> { });
    }

    /** The checklist and deadline of the current round, made with the wizard. */
    public AdviceViewModel advice() {
        if (advice == null) {
            advice = new AdviceViewModel(document, wizard().page(LetterPageViewModel.class), today, i18n);
        }
        return advice;
    }

    /** The checklist's offer of a nudge when the employer has gone quiet. */
    public NudgeOfferViewModel nudgeOffer() {
        if (nudgeOffer == null) {
            nudgeOffer = new NudgeOfferViewModel(document, today, background, dialogs::chooseEmailDraftToSave,
                    LinkOpener.standard(), i18n, this::save);
        }
        return nudgeOffer;
    }

    /** The round selector above the wizard. */
    public RoundsViewModel rounds() {
        if (rounds == null) {
            rounds = new RoundsViewModel(document, i18n);
        }
        return rounds;
    }

    /** Help, About: the version of this build, or that it is a development build, and the user guide. */
    public void about() {
        dialogs.showAbout(i18n.get("about.version", ProgramVersion.current().orElse(i18n.get("about.development"))),
                this::openUserGuide);
    }

    /**
     * Writes the guide that came with the program into the program's data folder, over the copy an earlier run
     * left (one copy, never a new folder per run), and opens it in the browser; the status line says where it is
     * when nothing could open it.
     */
    public void openUserGuide() {
        background.run(() -> {
            Path page = new UserGuide().writeTo(UserFolders.data().resolve("guide"));
            return opener.open(page.toUri().toString()).opened() ? null : page;
        }, notOpened -> status.set(notOpened == null ? i18n.get("about.guideOpened")
                : i18n.get("about.guideNotOpened", notOpened)),
                error -> status.set(i18n.get("about.guideMissing", String.valueOf(error.getMessage()))));
    }

    public Document document() {
        return document;
    }

    /** The nine pages' view-models, made on first use: a cold start shows the window before it needs them. */
    public WizardViewModel wizard() {
        if (wizard == null) {
            wizard = new WizardViewModel(List.of(
                    new InterviewPageViewModel(document), new ParticipantsPageViewModel(document),
                    new ChallengePageViewModel(document), new VisionPageViewModel(document),
                    new DecisionPageViewModel(document), new NextStepPageViewModel(document, dialogs, today),
                    new TermsPageViewModel(document), new PrivatePageViewModel(document),
                    new LetterPageViewModel(document, composer, dialogs, background, today, i18n, status::set,
                            opener)),
                    i18n);
        }
        return wizard;
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** A new application, with the candidate's details asked the first time and remembered after. */
    public void newApplication() {
        whenMayLeave(() -> {
            Candidate candidate = store.candidate().or(() -> dialogs.askCandidate(Candidate.EMPTY)
                    .map(asked -> {
                        store.saveCandidate(asked);
                        return asked;
                    })).orElse(Candidate.EMPTY);
            document.startNew(candidate, i18n.language(), today.get());
            wizard().goTo(0);
        });
    }

    public void editCandidate() {
        dialogs.askCandidate(store.candidate().orElse(Candidate.EMPTY)).ifPresent(candidate -> {
            store.saveCandidate(candidate);
            if (document.isOpen()) {
                document.update(n -> n.withCandidate(candidate.withExtras(n.candidate().extras())));
            }
        });
    }

    public void open() {
        whenMayLeave(() -> dialogs.chooseNotesToOpen().ifPresent(this::load));
    }

    /** Opens a file (from the recent list or dropped on the window), asking first about unsaved work. */
    public void open(Path file) {
        whenMayLeave(() -> load(file));
    }

    private void load(Path file) {
        background.run(() -> files().open(file), loaded -> {
            Notes notes = loaded.notes();
            diskFingerprint = loaded.fingerprint();
            document.opened(notes, file, today.get());
            remember(file);
            wizard().goTo(0);
            status.set(i18n.get("status.opened", file.getFileName()));
        }, error -> dialogs.showError(i18n.get("error.open", file.getFileName(), error.getMessage())));
    }

    public void save() {
        saveThen(() -> { });
    }

    public void saveAs() {
        if (document.isOpen()) {
            dialogs.chooseNotesToSave(FileNames.suggested(document.notes())).ifPresent(file -> write(file, () -> { }));
        }
    }

    /** Saves to the current file, or asks where when there is none, then runs {@code next} if it worked. */
    private void saveThen(Runnable next) {
        if (!document.isOpen()) {
            return;
        }
        Path file = document.fileProperty().get();
        if (file != null) {
            write(file, next);
        } else {
            dialogs.chooseNotesToSave(FileNames.suggested(document.notes())).ifPresent(chosen -> write(chosen, next));
        }
    }

    private void write(Path file, Runnable next) {
        Notes snapshot = document.notes();
        boolean sameFile = file.equals(document.fileProperty().get());
        String expected = diskFingerprint;
        background.run(() -> sameFile && expected != null && !expected.equals(files().fingerprint(file)),
                changed -> {
                    if (!changed) {
                        writeNow(file, snapshot, next);
                        return;
                    }
                    switch (dialogs.askChangedOnDisk(file.getFileName().toString())) {
                        case OVERWRITE -> writeNow(file, snapshot, next);
                        case KEEP_BOTH -> writeNow(FileNames.besideOf(file), snapshot, next);
                        case CANCEL -> { }
                    }
                }, error -> dialogs.showError(i18n.get("error.save", file.getFileName(), error.getMessage())));
    }

    private void writeNow(Path file, Notes snapshot, Runnable next) {
        background.run(() -> files().save(file, snapshot), fingerprint -> {
            diskFingerprint = fingerprint;
            document.saved(file, snapshot);
            remember(file);
            status.set(i18n.get("status.saved", file.getFileName()));
            next.run();
        }, error -> {
            dialogs.showError(i18n.get("error.save", file.getFileName(), error.getMessage()));
            if (error instanceof ReadOnlyException) {
                // the work is kept in the window; offer another place
                saveAs();
            }
        });
    }

    /**
     * A letter template of the user's could not be used and the built-in one is shown instead: the user is told in
     * a message box, once per version of the file, on the JavaFX thread.
     */
    public void templateProblem(TemplateException problem) {
        background.run(() -> i18n.get("template.broken", problem.file(), problem.problem()), dialogs::showError,
                error -> { });
    }

    private void clearRecovery() {
        if (recovery != null) {
            recovery.clear();
        }
    }

    /** At start: brings back unsaved work a crash left behind, if the user wants it. */
    public void offerRecovery() {
        if (recovery == null) {
            return;
        }
        recovery.find(found -> found.ifPresent(recovered -> {
            Path origin = recovered.origin();
            if (dialogs.askRestore(i18n.fileName(origin))) {
                diskFingerprint = null;
                document.restored(recovered.notes(), origin, today.get());
                recovery.adopt(recovered);
                if (origin != null) {
                    background.run(() -> files().fingerprint(origin), print -> diskFingerprint = print, e -> { });
                }
                wizard().goTo(0);
            } else {
                recovery.discard(recovered);
            }
        }));
    }

    /** Made on first use, on the background thread: it loads Jackson, which the first frame does not need. */
    private synchronized NotesFile files() {
        if (files == null) {
            files = new NotesFile();
        }
        return files;
    }

    public void newRound() {
        if (!document.isOpen()) {
            return;
        }
        var last = document.notes().lastRound();
        dialogs.askNewRound(today.get(), last.stageOrDefault()).ifPresent(answer -> {
            document.addRound(answer.date(), answer.stage());
            wizard().goTo(0);
        });
    }

    /**
     * Runs the action once unsaved changes are dealt with: saved (then the action runs after the save
     * succeeded), discarded, or the action is cancelled. Nothing unsaved is ever lost silently.
     */
    public void whenMayLeave(Runnable action) {
        if (!document.isOpen() || !document.dirtyProperty().get()) {
            action.run();
            return;
        }
        switch (dialogs.askUnsaved(i18n.fileName(document.fileProperty().get()))) {
            case SAVE -> saveThen(action);
            case DISCARD -> {
                clearRecovery();
                action.run();
            }
            case CANCEL -> { }
        }
    }

    private void remember(Path file) {
        store.addRecentFile(file);
        recentFiles.remove(file);
        recentFiles.add(0, file);
    }
}
