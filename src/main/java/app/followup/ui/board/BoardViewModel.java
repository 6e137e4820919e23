package app.followup.ui.board;

import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The applications board: every application in the user's folders, most urgent first, read off the JavaFX
 * thread and read again when a notes file in a folder changes ({@link BoardLoading}). Opening a row opens its file
 * in the window; setting a state writes it into the file's {@code status}. A quiet employer is offered a nudge
 * ({@link NudgeStarter}); the calendar of every application and the activity report are saved from here
 * ({@link BoardExports}).
 */
public final class BoardViewModel {
    private final BoardFolders store;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final ApplicationOpener opener;
    private final Runnable creator;
    private final BoardExports exports;
    private final NotesFile notesFile = new NotesFile();
    private final FolderWatcher watcher = new FolderWatcher(this::changedOnDisk);
    private final ObservableList<Path> folders = FXCollections.observableArrayList();
    private final BoardLoading loading;
    private final NudgeStarter nudges;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    /** The folder the board took of itself from the first file saved or opened; null when the user chose them all. */
    private final ReadOnlyObjectWrapper<Path> folderAddedForYou = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final I18n i18n;
    /** The remembered folders are read; until then a file saved or opened waits here. */
    private boolean started;
    private Path fileBeforeStart;
    /** The user removed a folder in this session: an empty board is then their choice, not an oversight. */
    private boolean userRemovedAFolder;

    /**
     * @param opener  opens a notes file in the window (asking first about unsaved work) on a given page
     * @param creator starts a new application in the window
     * @param links   opens mail links, web pages and the saved report
     */
    public BoardViewModel(BoardFolders store, BackgroundRunner background, Supplier<LocalDate> today,
                          ApplicationOpener opener, Runnable creator, BoardDialogs dialogs, LinkOpener links,
                          I18n i18n) {
        this.store = store;
        this.background = background;
        this.today = today;
        this.opener = opener;
        this.creator = creator;
        this.i18n = i18n;
        this.exports = new BoardExports(folders, background, today, dialogs, links, i18n);
        this.loading = new BoardLoading(background, today, folders);
        this.nudges = new NudgeStarter(background, today, dialogs, links, i18n, exports, this::reload);
        folderAddedForYou.addListener(o -> sayWhichFolderWasAdded());
        i18n.localeProperty().addListener(o -> sayWhichFolderWasAdded());
    }

    /**
     * Reads the remembered folders (the settings store is slow on a cold start) and their applications.
     *
     * @param show show the board when folders were remembered (not when the window opens a file it was given)
     */
    public void start(boolean show) {
        start(show, () -> { });
    }

    /**
     * As {@link #start(boolean)}, then runs {@code then} on the JavaFX thread: once the board holds its rows when it
     * is shown, at once when it is not.
     */
    public void start(boolean show, Runnable then) {
        start(show, then, BoardPreload.none());
    }

    /**
     * As {@link #start(boolean, Runnable)}, taking the rows read ahead when there are some. When the reading is over
     * already (it started with the process), the board is in the window's first frame and its rows come on the
     * JavaFX thread's next turn: putting them in the table before the window is shown would hold the window back
     * by the table's first layout.
     */
    public void start(boolean show, Runnable then, BoardPreload preload) {
        BoardReading ready = preload.isDone() ? preload.await() : null;
        if (ready != null) {
            started(ready.folders(), ready, show, then);
            return;
        }
        background.run(() -> {
            BoardReading read = preload.await();
            return read != null ? new Started(read.folders(), read) : new Started(store.folders(), null);
        }, begun -> started(begun.folders(), begun.reading(), show, then), error -> then.run());
    }

    private record Started(List<Path> folders, BoardReading reading) {
    }

    private void started(List<Path> remembered, BoardReading reading, boolean show, Runnable then) {
        folders.setAll(remembered);
        started = true;
        if (fileBeforeStart != null) {
            notesFileUsed(fileBeforeStart);
            fileBeforeStart = null;
        }
        watcher.watch(List.copyOf(folders));
        if (show && !remembered.isEmpty()) {
            shown.set(true);
            loading.afterNextLoad(then);
        } else {
            then.run();
        }
        loading.useReadAhead(reading);
    }

    public void addFolder(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        if (!folders.contains(normal)) {
            folders.add(normal);
            foldersChanged();
        }
    }

    /**
     * A notes file was saved or opened in the window. A user who has not chosen any folder yet expects the
     * application just saved to be on the board: its folder is added, and the board says so and how to remove it.
     * Once the board has folders, they are the user's choice and stay as they are.
     */
    public void notesFileUsed(Path file) {
        if (!started) {
            fileBeforeStart = file;
            return;
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folders.isEmpty() && !userRemovedAFolder && folder != null) {
            addFolder(folder);
            folderAddedForYou.set(folder);
        }
    }

    /** "The folder X was added …": shown on the board until the user adds or removes a folder. */
    public ReadOnlyStringProperty folderAddedNotice() {
        return notice.getReadOnlyProperty();
    }

    private void sayWhichFolderWasAdded() {
        Path added = folderAddedForYou.get();
        notice.set(added == null || !folders.contains(added) ? ""
                : i18n.get("board.folderAddedForYou", added, i18n.get("board.removeFolder")));
    }

    public void removeFolder(Path folder) {
        if (folders.remove(folder)) {
            userRemovedAFolder = true;
            foldersChanged();
        }
    }

    private void foldersChanged() {
        List<Path> chosen = List.copyOf(folders);
        if (folderAddedForYou.get() != null && !folders.equals(List.of(folderAddedForYou.get()))) {
            // the user has chosen the folders since: the line about the one added for them is no longer news
            folderAddedForYou.set(null);
        }
        background.run(() -> {
            store.save(chosen);
            return chosen;
        }, watcher::watch, error -> { });
        reload();
    }

    /** Reads every folder again, off the JavaFX thread. */
    public void reload() {
        loading.reload();
    }

    /** As {@code status} orders them, the active applications first and the closed ones after. */
    static Comparator<BoardRow> mostUrgentFirst(LocalDate day) {
        return BoardReading.mostUrgentFirst(day);
    }

    /** A file in a folder changed: read again, on the JavaFX thread's turn. */
    private void changedOnDisk() {
        background.run(() -> Boolean.TRUE, ignored -> reload(), error -> { });
    }

    /** Opens the row's file on the page where its due item is done (the letter page for a letter due). */
    public void open(BoardRow row) {
        shown.set(false);
        opener.open(row.file(), RowPage.of(row.what()));
    }

    public void newApplication() {
        shown.set(false);
        creator.run();
    }

    /** Writes the state into the file (today as its {@code since}), keeping the previous version as .bak. */
    public void setState(BoardRow row, ApplicationState state) {
        LocalDate day = today.get();
        background.run(() -> {
            try {
                Notes notes = notesFile.load(row.file());
                notesFile.save(row.file(), notes.withStatus(
                        new ApplicationStatus(state, day, notes.status().extras())));
                return row.file();
            } catch (NotesException e) {
                throw new IllegalStateException(row.file().getFileName() + ": " + e.getMessage(), e);
            }
        }, saved -> reload(), error -> loading.problems().setAll(String.valueOf(error.getMessage())));
    }

    /** Opens the nudge (or the letter closing the loop) the row is offered, written from the file as it is now. */
    public void writeNudge(BoardRow row) {
        nudges.write(row);
    }

    /** The nudge being written, or null. */
    public ReadOnlyObjectProperty<NudgeViewModel> nudgeProperty() {
        return nudges.nudgeProperty();
    }

    /** The calendar and the activity report. */
    public BoardExports exports() {
        return exports;
    }

    public ObservableList<BoardRow> rows() {
        return loading.rows();
    }

    public ObservableList<Path> folders() {
        return folders;
    }

    public ObservableList<String> problems() {
        return loading.problems();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Whether the window shows the board rather than the start page or the open application. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public LocalDate today() {
        return today.get();
    }

    /** Stops watching the folders. */
    public void close() {
        watcher.close();
    }
}
