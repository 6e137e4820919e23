package app.followup.ui;

import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.notes.RecoveryStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A FollowUp process for {@link CrashRecoveryTest} to kill: it opens a notes file and types into the challenge,
 * a character every 50 ms, as a user would, until it is killed. Its view-model runs as in the window, with the
 * real delayed recovery copy; only the JavaFX thread is replaced by the typist's timer thread. The 50 ms period is the
 * simulated typist's pace, not a wait for anything: the test waits for the recovery copy itself before it kills.
 */
public final class RecoveryHarness {
    static final String TYPED = "Typed just before the crash";

    public static void main(String[] args) throws Exception {
        Path notes = Path.of(args[0]);
        Path data = Path.of(args[1]);
        MainViewModel main = TestWindow.english().background(new HarnessRunner()).recovery(new RecoveryStore(data))
                .build();
        main.open(notes);
        ChallengePageViewModel challenge = main.wizard().page(ChallengePageViewModel.class);
        challenge.challenge.set("");
        // one thread plays the JavaFX thread and the typist: a character every 50 ms, as a user types
        ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor();
        int[] typed = {0};
        typist.scheduleAtFixedRate(() -> {
            if (typed[0] < TYPED.length()) {
                challenge.challenge.set(challenge.challenge.get() + TYPED.charAt(typed[0]++));
                if (typed[0] == TYPED.length()) {
                    System.out.println("TYPED");
                    System.out.flush();
                }
            } else {
                challenge.challenge.set(challenge.challenge.get() + ".");
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
        // typing goes on until the test kills this process
        typist.awaitTermination(1, TimeUnit.DAYS);
    }

    /** Results on the calling thread; delayed work on a timer thread, as the real runner does. */
    private static final class HarnessRunner implements BackgroundRunner {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            new Immediate().run(work, onDone, onError);
        }

        @Override
        public void later(Runnable work, long delayMillis) {
            timer.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
        }
    }
}
