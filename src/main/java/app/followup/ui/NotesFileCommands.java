package app.followup.ui;

import app.followup.letter.CompanyNames;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import app.followup.notes.ReadOnlyException;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.FileChoice;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;

/**
 * The notes file's commands: open, save, save as, the check for changes made by another program, the work a crash
 * left behind, and the guard that never loses unsaved work. Reading and writing run off the JavaFX thread.
 */
final class NotesFileCommands {
    private final Document document;
    private final I18n i18n;
    private final UserStore store;
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final RecoveryKeeper recovery;
    private final Consumer<String> status;
    private final ObservableList<Path> recentFiles;
    /** A file opened, brought back or started: the wizard goes to its first page. */
    private final Runnable toFirstPage;
    private NotesFile files;
    /** What the open file held when it was opened or last saved, to notice changes by other programs. */
    private String diskFingerprint;

    /** @param recovery keeps unsaved work against a crash; null keeps none (tests) */
    NotesFileCommands(Document document, I18n i18n, UserStore store, Dialogs dialogs, BackgroundRunner background,
                      Supplier<LocalDate> today, RecoveryKeeper recovery, Consumer<String> status,
                      ObservableList<Path> recentFiles, Runnable toFirstPage) {
        this.document = document;
        this.i18n = i18n;
        this.store = store;
        this.dialogs = dialogs;
        this.background = background;
        this.today = today;
        this.recovery = recovery;
        this.status = status;
        this.recentFiles = recentFiles;
        this.toFirstPage = toFirstPage;
    }

    void open() {
        whenMayLeave(() -> FileChoice.toOpen(dialogs::chooseNotesToOpen, i18n, this::cannotUse).ifPresent(this::load));
    }

    /** Opens a file (from the recent list or dropped on the window), asking first about unsaved work. */
    void open(Path file) {
        whenMayLeave(() -> load(file, toFirstPage));
    }

    /** As {@link #open(Path)}, then {@code toPage} instead of going to the first page. */
    void open(Path file, Runnable toPage) {
        whenMayLeave(() -> load(file, toPage));
    }

    private void load(Path file) {
        load(file, toFirstPage);
    }

    private void load(Path file, Runnable toPage) {
        background.run(() -> files().open(file), loaded -> {
            Notes notes = loaded.notes();
            diskFingerprint = loaded.fingerprint();
            document.opened(notes, file, today.get());
            remember(file);
            toPage.run();
            status.accept(i18n.get("status.opened", file.getFileName()));
        }, error -> dialogs.showError(i18n.get("error.open", file.getFileName(), error.getMessage())));
    }

    void save() {
        saveThen(() -> { });
    }

    void saveAs() {
        if (document.isOpen()) {
            chosenToSave().ifPresent(file -> write(file, () -> { }, () -> { }));
        }
    }

    /** Saves to the current file, or asks where when there is none, then runs {@code next} if it worked. */
    private void saveThen(Runnable next) {
        saveThen(next, () -> { });
    }

    /** As above, and {@code notSaved} when the user cancelled or the file could not be written (said already). */
    void saveThen(Runnable next, Runnable notSaved) {
        if (!document.isOpen()) {
            notSaved.run();
            return;
        }
        Path file = document.fileProperty().get();
        if (file != null) {
            write(file, next, notSaved);
        } else {
            chosenToSave().ifPresentOrElse(chosen -> write(chosen, next, notSaved), notSaved);
        }
    }

    /** Where to save, suggested by employer and position; a name the system cannot hold is said, not logged. */
    private Optional<Path> chosenToSave() {
        return FileChoice.of(() -> dialogs.chooseNotesToSave(FileNames.suggested(document.notes())), i18n,
                this::cannotUse).map(FileNames::asNotesFile);
    }

    private void cannotUse(String why) {
        status.accept(why);
        dialogs.showError(why);
    }

    private void write(Path file, Runnable next, Runnable notSaved) {
        Notes snapshot = document.notes();
        boolean sameFile = file.equals(document.fileProperty().get());
        String expected = diskFingerprint;
        background.run(() -> sameFile && expected != null && !expected.equals(files().fingerprint(file)),
                changed -> {
                    if (!changed) {
                        writeNow(file, snapshot, next, notSaved);
                        return;
                    }
                    switch (dialogs.askChangedOnDisk(file.getFileName().toString())) {
                        case OVERWRITE -> writeNow(file, snapshot, next, notSaved);
                        case KEEP_BOTH -> writeNow(FileNames.besideOf(file), snapshot, next, notSaved);
                        case CANCEL -> notSaved.run();
                    }
                }, error -> {
                    dialogs.showError(i18n.get("error.save", file.getFileName(), error.getMessage()));
                    notSaved.run();
                });
    }

    private void writeNow(Path file, Notes snapshot, Runnable next, Runnable notSaved) {
        background.run(() -> files().save(file, snapshot), fingerprint -> {
            diskFingerprint = fingerprint;
            document.saved(file, snapshot);
            remember(file);
            status.accept(i18n.get("status.saved", file.getFileName()));
            next.run();
        }, error -> {
            dialogs.showError(i18n.get("error.save", file.getFileName(), error.getMessage()));
            notSaved.run();
            if (error instanceof ReadOnlyException) {
                // the work is kept in the window; offer another place
                saveAs();
            }
        });
    }

    /** At start: brings back unsaved work a crash left behind, if the user wants it. */
    void offerRecovery() {
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
                toFirstPage.run();
            } else {
                recovery.discard(recovered);
            }
        }));
    }

    /**
     * Runs the action once unsaved changes are dealt with: saved (then the action runs after the save
     * succeeded), discarded, or the action is cancelled. Nothing unsaved is ever lost silently.
     */
    void whenMayLeave(Runnable action) {
        if (!document.isOpen() || !document.dirtyProperty().get()) {
            action.run();
            return;
        }
        switch (dialogs.askUnsaved(unsavedName())) {
            case SAVE -> saveThen(action);
            case DISCARD -> {
                if (recovery != null) {
                    recovery.clear();
                }
                action.run();
            }
            case CANCEL -> { }
        }
    }

    /**
     * The file's name, or for notes never saved "your application to Brightwave Logistics": testers were asked
     * to save the changes to "Untitled" while the window knew whose application it was.
     */
    private String unsavedName() {
        Path file = document.fileProperty().get();
        if (file != null) {
            return i18n.fileName(file);
        }
        String employer = Texts.inline(document.notes().employer().name());
        return employer == null ? i18n.get("file.yourApplication")
                : i18n.get("file.yourApplicationTo", CompanyNames.shortName(employer));
    }

    /** Made on first use, on the background thread: it loads Jackson, which the first frame does not need. */
    private synchronized NotesFile files() {
        if (files == null) {
            files = new NotesFile();
        }
        return files;
    }

    private void remember(Path file) {
        store.addRecentFile(file);
        recentFiles.remove(file);
        recentFiles.add(0, file);
    }
}
