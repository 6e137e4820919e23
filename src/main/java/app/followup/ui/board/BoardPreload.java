package app.followup.ui.board;

import app.followup.applications.ApplicationScanner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The board's first reading, started as the process starts: the remembered folders are known from the settings
 * store before the window exists, so their notes files are read on the second core while the JavaFX toolkit starts
 * and the window is built. Reading 200 files cold costs about as much as building the window, so by the time the
 * window is shown the rows are usually ready and the first frame has them.
 */
public final class BoardPreload {
    private final CompletableFuture<BoardReading> reading;

    private BoardPreload(CompletableFuture<BoardReading> reading) {
        this.reading = reading;
    }

    /** Starts reading the remembered folders as of {@code day} on a thread of its own. */
    public static BoardPreload start(BoardFolders store, Supplier<LocalDate> day) {
        CompletableFuture<BoardReading> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                List<Path> folders = store.folders();
                // no folder remembered, nothing to read: the scanner would load the JSON library (about 100 ms of
                // CPU cold) on the core the toolkit's start and the JIT compilers need, for a window that opens on
                // the start page
                reading.complete(folders.isEmpty() ? BoardReading.nothing(day.get())
                        : BoardReading.of(folders, day.get(), ApplicationScanner.inOneThread()));
            } catch (Throwable e) {
                // the board reads again the ordinary way and reports what fails then
                reading.completeExceptionally(e);
            }
        }, "followup-board-preload");
        thread.setDaemon(true);
        thread.start();
        return new BoardPreload(reading);
    }

    /** Nothing read ahead: the board reads when it starts. */
    public static BoardPreload none() {
        return new BoardPreload(CompletableFuture.failedFuture(new IllegalStateException("nothing read ahead")));
    }

    /** Whether the reading is over, so that {@link #await()} returns at once. */
    boolean isDone() {
        return reading.isDone();
    }

    /** The reading, waiting for it if need be; null when it failed or nothing was read ahead. */
    BoardReading await() {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
