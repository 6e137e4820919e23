package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The threaded runner hands every outcome back, so the window never waits for a result that will not come.
 * Results are delivered on the worker thread here instead of the JavaFX thread, so no toolkit is needed.
 */
class BackgroundRunnerTest {
    private final BackgroundRunner runner = new BackgroundRunner.Threaded(Runnable::run);

    private <T> CompletableFuture<Object> outcome(Callable<T> work) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        runner.run(work, outcome::complete, outcome::complete);
        return outcome;
    }

    @Test
    void anErrorIsReportedAndTheRunnerStillWorksAfterIt() throws Exception {
        StackOverflowError error = new StackOverflowError("deep letter");
        assertThat(outcome(() -> {
            throw error;
        }).get(30, TimeUnit.SECONDS)).isSameAs(error);
        assertThat(outcome(() -> "next").get(30, TimeUnit.SECONDS)).isEqualTo("next");
    }

    @Test
    void aCheckedExceptionArrivesAsItWasThrownNotWrapped() throws Exception {
        IOException failure = new IOException("disk full");
        assertThat(outcome(() -> {
            throw failure;
        }).get(30, TimeUnit.SECONDS)).isSameAs(failure);
    }

    @Test
    void theImmediateRunnerForTestsReportsExceptionsAsTheThreadedOneDoes() {
        IOException failure = new IOException("disk full");
        Object[] reported = new Object[1];
        new BackgroundRunner.Immediate().run(() -> {
            throw failure;
        }, done -> reported[0] = "done", error -> reported[0] = error);
        assertThat(reported[0]).isSameAs(failure);
    }
}
