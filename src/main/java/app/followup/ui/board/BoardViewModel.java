package app.followup.ui.board;

import app.followup.applications.FollowUps;
import app.followup.letter.NudgeComposer;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.I18n;
import app.followup.ui.common.LinkOpener;
import app.followup.ui.common.SendViewModel;
import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The applications board: every application in the user's folders, most urgent first, read off the JavaFX
 * thread and read again when a notes file in a folder changes. Opening a row opens its file in the window;
 * setting a state writes it into the file's {@code status}. A quiet employer is offered a nudge
 * ({@link NudgeViewModel}); the calendar of every application and the activity report are saved from here
 * ({@link BoardExports}).
 */
public final class BoardViewModel {
    private final BoardFolders store;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final Consumer<Path> opener;
    private final Runnable creator;
    private final BoardDialogs dialogs;
    private final LinkOpener links;
    private final I18n i18n;
    private final BoardExports exports;
    private NudgeComposer composer;
    private final ReadOnlyObjectWrapper<NudgeViewModel> nudge = new ReadOnlyObjectWrapper<>();
    private final NotesFile notesFile = new NotesFile();
    private final FolderWatcher watcher = new FolderWatcher(this::changedOnDisk);
    private final ObservableList<Path> folders = FXCollections.observableArrayList();
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    /** The files that could not be read, each with its reason, or a file a state could not be written to. */
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    /** Run once after the first load that shows rows, then forgotten. */
    private Runnable afterLoad = () -> { };
    /** Counts the loads started, so that a slow earlier load never replaces a later one's rows. */
    private int loads;

    /**
     * @param opener  opens a notes file in the window (asking first about unsaved work)
     * @param creator starts a new application in the window
     * @param links   opens mail links, web pages and the saved report
     */
    public BoardViewModel(BoardFolders store, BackgroundRunner background, Supplier<LocalDate> today,
                          Consumer<Path> opener, Runnable creator, BoardDialogs dialogs, LinkOpener links,
                          I18n i18n) {
        this.store = store;
        this.background = background;
        this.today = today;
        this.opener = opener;
        this.creator = creator;
        this.dialogs = dialogs;
        this.links = links;
        this.i18n = i18n;
        this.exports = new BoardExports(folders, background, today, dialogs, links, i18n);
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
        watcher.watch(List.copyOf(folders));
        if (show && !remembered.isEmpty()) {
            shown.set(true);
            afterLoad = then;
        } else {
            then.run();
        }
        if (reading == null || folders.isEmpty() || !reading.day().equals(today.get())) {
            reload();
            return;
        }
        int load = ++loads;
        loading.set(true);
        background.run(() -> reading, read -> {
            if (load != loads) {
                return;
            }
            showRows(read);
            // the files were read before the folders were watched: one changed, added or removed meanwhile is read
            // again
            background.run(read::isCurrent, current -> {
                if (!current && load == loads) {
                    reload();
                }
            }, error -> reload());
        }, error -> reload());
    }

    public void addFolder(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        if (!folders.contains(normal)) {
            folders.add(normal);
            foldersChanged();
        }
    }

    public void removeFolder(Path folder) {
        if (folders.remove(folder)) {
            foldersChanged();
        }
    }

    private void foldersChanged() {
        List<Path> chosen = List.copyOf(folders);
        background.run(() -> {
            store.save(chosen);
            return chosen;
        }, watcher::watch, error -> { });
        reload();
    }

    /** Reads every folder again, off the JavaFX thread. */
    public void reload() {
        int load = ++loads;
        if (folders.isEmpty()) {
            rows.clear();
            problems.clear();
            loading.set(false);
            return;
        }
        List<Path> snapshot = List.copyOf(folders);
        LocalDate day = today.get();
        loading.set(true);
        background.run(() -> BoardReading.of(snapshot, day), loaded -> {
            if (load == loads) {
                showRows(loaded);
            }
        }, error -> {
            if (load == loads) {
                problems.setAll(String.valueOf(error.getMessage()));
                loading.set(false);
                loaded();
            }
        });
    }

    private void showRows(BoardReading reading) {
        rows.setAll(reading.rows());
        problems.setAll(reading.problems());
        loading.set(false);
        loaded();
    }

    private void loaded() {
        Runnable then = afterLoad;
        afterLoad = () -> { };
        then.run();
    }

    private record LoadedNotes(Notes notes, NudgeComposer composer) {
    }

    /** As {@code status} orders them, the active applications first and the closed ones after. */
    static Comparator<BoardRow> mostUrgentFirst(LocalDate day) {
        return BoardReading.mostUrgentFirst(day);
    }

    /** A file in a folder changed: read again, on the JavaFX thread's turn. */
    private void changedOnDisk() {
        background.run(() -> Boolean.TRUE, ignored -> reload(), error -> { });
    }

    public void open(BoardRow row) {
        shown.set(false);
        opener.accept(row.file());
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
        }, saved -> reload(), error -> problems.setAll(String.valueOf(error.getMessage())));
    }

    /**
     * Opens the nudge (or the letter closing the loop) the row is offered, written from the file as it is now;
     * the file may have changed since the board read it, so what it asks for is looked at again.
     */
    public void writeNudge(BoardRow row) {
        if (row == null || row.offer() == null) {
            return;
        }
        LocalDate day = today.get();
        background.run(() -> {
            try {
                return new LoadedNotes(notesFile.load(row.file()), composer());
            } catch (NotesException e) {
                throw new IllegalStateException(row.file().getFileName() + ": " + e.getMessage(), e);
            }
        }, loaded -> {
            NudgeComposer.Kind kind = FollowUps.offered(loaded.notes(), day).orElse(null);
            if (kind == null) {
                exports.tell(i18n.get("board.nudge.notDue", row.employer()), false);
                reload();
                return;
            }
            NudgeViewModel writing = new NudgeViewModel(loaded.notes(), kind, day, loaded.composer(),
                    new FileNudgeRecorder(row.file(), day, background, done -> {
                        exports.tell(i18n.get("board.nudge." + done, row.employer()), false);
                        reload();
                    }),
                    letter -> new SendViewModel(letter, loaded.notes()::candidate,
                            name -> dialogs.chooseEmailDraft(name, row.file().getParent()), links, background, i18n));
            writing.finishedProperty().addListener((o, was, done) -> {
                if (done && nudge.get() == writing) {
                    nudge.set(null);
                }
            });
            nudge.set(writing);
        }, error -> exports.tell(String.valueOf(error.getMessage()), true));
    }

    /** Made on first use, off the JavaFX thread: it reads the user's template folder. */
    private synchronized NudgeComposer composer() {
        if (composer == null) {
            composer = NudgeComposer.standard();
        }
        return composer;
    }

    /** The nudge being written, or null. */
    public ReadOnlyObjectProperty<NudgeViewModel> nudgeProperty() {
        return nudge.getReadOnlyProperty();
    }

    /** The calendar and the activity report. */
    public BoardExports exports() {
        return exports;
    }

    public ObservableList<BoardRow> rows() {
        return rows;
    }

    public ObservableList<Path> folders() {
        return folders;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
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
