package app.followup.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (file I/O, composing, PDF) off the JavaFX thread and hands the result back to it. The work may
 * throw anything; whatever it throws goes to {@code onError}, so the window never waits for a result that will
 * not come.
 */
public interface BackgroundRunner {
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs background work after a delay, with no result for the JavaFX thread (the recovery copy). */
    void later(Runnable work, long delayMillis);

    /** The real one: a daemon worker thread, results delivered on the JavaFX thread. */
    final class Threaded implements BackgroundRunner {
        private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "followup-background");
            thread.setDaemon(true);
            return thread;
        });
        private final Executor deliver;

        public Threaded() {
            this(Platform::runLater);
        }

        /** @param deliver where results and errors are handed over: the JavaFX thread, or in tests any thread */
        public Threaded(Executor deliver) {
            this.deliver = deliver;
        }

        @Override
        public void later(Runnable work, long delayMillis) {
            executor.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            executor.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    // an Error too (out of memory, a missing class): reported, and the worker thread lives on
                    deliver.execute(() -> onError.accept(e));
                    return;
                }
                deliver.execute(() -> onDone.accept(result));
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
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                // an Error is left alone: in a test it is the test's own failure, to be reported as such
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    }
}
