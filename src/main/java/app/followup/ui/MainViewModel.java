package app.followup.ui;

import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.UserStore;
import app.followup.ui.wizard.AdviceViewModel;
import app.followup.ui.wizard.NudgeOfferViewModel;
import app.followup.ui.wizard.PageViewModel;
import app.followup.ui.wizard.RoundsViewModel;
import app.followup.ui.wizard.WizardViewModel;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.NotesPasting;
import app.followup.ui.wizard.pages.NotesSorting;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.TermsPageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import app.followup.ProgramVersion;
import app.followup.pasted.NotesSorter;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateException;
import app.followup.model.Candidate;
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
 * The window's commands: new application, your details, new round, help; the notes file's own (open, save, the
 * guard that never loses unsaved work) are handed to {@link NotesFileCommands}. Makes the wizard's view-models on
 * first use.
 */
public final class MainViewModel {
    private final Document document = new Document();
    private final I18n i18n;
    private final UserStore store;
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final NotesFileCommands fileCommands;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final LetterComposer composer;
    private final LinkOpener opener;
    private WizardViewModel wizard;
    private AdviceViewModel advice;
    private NudgeOfferViewModel nudgeOffer;
    private RoundsViewModel rounds;
    private NotesSorting sorting = NotesSorter::sort;
    private NotesPasting pasting;

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
        this.i18n = i18n;
        this.store = store;
        this.dialogs = dialogs;
        this.background = background;
        this.today = today;
        // the last message was in the other language: say in the new one what just happened instead
        i18n.localeProperty().addListener(o -> status.set(i18n.get("status.language")));
        this.composer = composer;
        this.fileCommands = new NotesFileCommands(document, i18n, store, dialogs, background, today,
                recovery == null ? null : new RecoveryKeeper(document, recovery, background), status::set,
                recentFiles, () -> wizard().startAt(0));
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
            advice = new AdviceViewModel(document, wizard().page(LetterPageViewModel.class), today, i18n,
                    background);
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

    /** "Type or paste your notes…": the notes in one box, sorted into the round's fields, the letter shown. */
    public void pasteNotes() {
        if (pasting == null) {
            pasting = new NotesPasting(document, dialogs, background, () -> sorting, today, i18n, status::set,
                    () -> wizard().startAt(wizard().indexOf(LetterPageViewModel.class)),
                    () -> wizard().page(NextStepPageViewModel.class).suggestPlanIfNone());
        }
        pasting.paste();
    }

    /** The sorter "Paste your notes…" uses: {@link NotesSorter#sort} unless a test gives its own. */
    public void sortPastedNotesWith(NotesSorting sorter) {
        this.sorting = sorter;
    }

    public Document document() {
        return document;
    }

    /** The nine pages' view-models, made on first use: a cold start shows the window before it needs them. */
    public WizardViewModel wizard() {
        if (wizard == null) {
            ParticipantsPageViewModel participants = new ParticipantsPageViewModel(document, dialogs, background,
                    today);
            wizard = new WizardViewModel(List.of(
                    new InterviewPageViewModel(document, participants), participants,
                    new ChallengePageViewModel(document), new VisionPageViewModel(document),
                    new DecisionPageViewModel(document), new NextStepPageViewModel(document, dialogs, today),
                    new TermsPageViewModel(document), new PrivatePageViewModel(document),
                    new LetterPageViewModel(document, composer, dialogs, background, today, i18n, status::set,
                            opener, store, fileCommands::saveThen)),
                    i18n);
        }
        return wizard;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Empties the status line once what it said is no longer the news. */
    public void clearStatus() {
        status.set("");
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
            wizard().startAt(0);
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
        fileCommands.open();
    }

    /** Opens a file (from the recent list or dropped on the window), asking first about unsaved work. */
    public void open(Path file) {
        fileCommands.open(file);
    }

    /** Opens a file from the applications board on the page where what is due is done. */
    public void open(Path file, Class<? extends PageViewModel> page) {
        fileCommands.open(file, () -> wizard().startAt(wizard().indexOf(page)));
    }

    public void save() {
        fileCommands.save();
    }

    public void saveAs() {
        fileCommands.saveAs();
    }

    /**
     * A letter template of the user's could not be used and the built-in one is shown instead: the user is told in
     * a message box, once per version of the file, on the JavaFX thread.
     */
    public void templateProblem(TemplateException problem) {
        background.run(() -> i18n.get("template.broken", problem.file(), problem.problem()), dialogs::showError,
                error -> { });
    }

    /** At start: brings back unsaved work a crash left behind, if the user wants it. */
    public void offerRecovery() {
        fileCommands.offerRecovery();
    }

    public void newRound() {
        if (!document.isOpen()) {
            return;
        }
        var last = document.notes().lastRound();
        dialogs.askNewRound(today.get(), last.stageOrDefault()).ifPresent(answer -> {
            document.addRound(answer.date(), answer.stage());
            wizard().startAt(0);
        });
    }

    /**
     * Runs the action once unsaved changes are dealt with: saved (then the action runs after the save
     * succeeded), discarded, or the action is cancelled. Nothing unsaved is ever lost silently.
     */
    public void whenMayLeave(Runnable action) {
        fileCommands.whenMayLeave(action);
    }
}
