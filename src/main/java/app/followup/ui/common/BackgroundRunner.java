package app.followup.ui.common;

import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs slow work (file I/O, composing, PDF) off the JavaFX thread and hands the result back to it. */
public interface BackgroundRunner {
    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs background work after a delay, with no result for the JavaFX thread (the recovery copy). */
    void later(Runnable work, long delayMillis);

    /** The real one: a daemon worker thread, results delivered on the JavaFX thread. */
    final class Threaded implements BackgroundRunner {
        private final java.util.concurrent.ScheduledExecutorService executor =
                Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "followup-background");
                    thread.setDaemon(true);
                    return thread;
                });

        @Override
        public void later(Runnable work, long delayMillis) {
            executor.schedule(work, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            executor.execute(() -> {
                try {
                    T result = work.get();
                    Platform.runLater(() -> onDone.accept(result));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> onError.accept(e));
                }
            });
        }
    }

    /** For tests: runs at once on the calling thread. */
    final class Immediate implements BackgroundRunner {
        @Override
        public void later(Runnable work, long delayMillis) {
            work.run();
        }

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    }
}
