package app.followup.ui.board;

import app.followup.ui.common.BackgroundRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board's rows and the files that could not be read, read off the JavaFX thread: from the folders as they are
 * now, or from a reading done ahead while the window started. A later reading always wins over an earlier, slower
 * one.
 */
final class BoardLoading {
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;
    private final ObservableList<Path> folders;
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    /** The files that could not be read, each with its reason, or a file a state could not be written to. */
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Run once after the next load that shows rows, then forgotten. */
    private Runnable afterLoad = () -> { };
    /** Counts the loads started, so that a slow earlier load never replaces a later one's rows. */
    private int loads;

    BoardLoading(BackgroundRunner background, Supplier<LocalDate> today, ObservableList<Path> folders) {
        this.background = background;
        this.today = today;
        this.folders = folders;
    }

    /** Runs {@code then} on the JavaFX thread once the next load has put its rows in (or failed). */
    void afterNextLoad(Runnable then) {
        afterLoad = then;
    }

    /**
     * Shows the rows read ahead; when they were read for another day, or a file changed, was added or removed
     * since (they were read before the folders were watched), reads the folders again.
     */
    void useReadAhead(BoardReading reading) {
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
            background.run(read::isCurrent, current -> {
                if (!current && load == loads) {
                    reload();
                }
            }, error -> reload());
        }, error -> reload());
    }

    /** Reads every folder again, off the JavaFX thread. */
    void reload() {
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

    ObservableList<BoardRow> rows() {
        return rows;
    }

    ObservableList<String> problems() {
        return problems;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
