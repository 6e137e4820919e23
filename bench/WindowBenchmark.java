package app.followup.ui;

import javafx.beans.value.ChangeListener;
import app.followup.letter.LetterComposer;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.FxDialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import app.followup.ui.common.WindowSettings;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.userfiles.TemplateLibrary;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * The window's two typing-time costs, on the real toolkit: the JavaFX-thread work of one keystroke (recompose the
 * letter, update the live preview, CSS and layout), and the time from the last keystroke to a new PDF page on
 * screen. Run by bench/window.sh --typing; prints medians.
 */
public final class WindowBenchmark extends Application {
    /** Started from here: a main class that extends Application cannot start from a plain class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(WindowBenchmark.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(Locale.UK);
        MainViewModel main = new MainViewModel(i18n, new UserStore.InMemory(),
                new FxDialogs(stage, i18n, WindowSettings.inMemory(), () -> null),
                new BackgroundRunner.Threaded(), LocalDate::now, new LetterComposer(new TemplateLibrary(null)));
        MainWindow window = FollowUpApp.install(stage, main);
        stage.show();
        window.prepareWizard();
        main.open(Path.of(getParameters().getRaw().get(0)));
        new Thread(() -> measure(main, stage), "benchmark").start();
    }

    private static void measure(MainViewModel main, Stage stage) {
        try {
            // the wizard is built after the first frame, later on a busy machine: wait for its live letter
            TextArea[] found = new TextArea[1];
            while (found[0] == null) {
                Thread.sleep(20);
                onFxThread(() -> found[0] = main.document().isOpen()
                        ? (TextArea) stage.getScene().lookup("#live-letter") : null);
            }
            Thread.sleep(1500);
            ChallengePageViewModel challenge = main.wizard().page(ChallengePageViewModel.class);
            TextArea live = found[0];
            // Two measures, keystrokes taking turns: the JavaFX thread's work as the next pulse does it (its CSS
            // pass touches only what changed), and, as this benchmark measured before 2026-11-28, with CSS forced
            // over the whole scene (root.applyCss()), which grows with the window's node count, not with typing.
            List<Long> keystrokes = new ArrayList<>();
            List<Long> forced = new ArrayList<>();
            // the JavaFX thread's CPU time for the same work: on a shared machine the wall clock mostly measures
            // the queue for the cores
            List<Long> keystrokesCpu = new ArrayList<>();
            List<Long> forcedCpu = new ArrayList<>();
            PulseTimer[] made = new PulseTimer[1];
            onFxThread(() -> made[0] = new PulseTimer(stage.getScene()));
            PulseTimer pulse = made[0];
            for (int i = 0; i < 300; i++) {
                int n = i;
                long[] model = new long[2];
                onFxThread(() -> {
                    long start = System.nanoTime();
                    long cpuStart = cpuTime();
                    challenge.challenge.set(challenge.challenge.get() + (n % 7 == 6 ? " " : "x"));
                    live.getText();
                    if (n % 2 == 0) {
                        model[0] = System.nanoTime() - start;
                        model[1] = cpuTime() - cpuStart;
                        pulse.expect();
                    } else {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        forced.add(System.nanoTime() - start);
                        forcedCpu.add(cpuTime() - cpuStart);
                    }
                });
                if (n % 2 == 0) {
                    keystrokes.add(model[0] + pulse.cssAndLayout());
                    keystrokesCpu.add(model[1] + pulse.cssAndLayoutCpu());
                }
                Thread.sleep(5);
            }
            onFxThread(() -> main.wizard().goTo(8));
            LetterPageViewModel letter = main.wizard().page(LetterPageViewModel.class);
            List<Long> previews = previewAfterEachKey(letter,
                    () -> challenge.challenge.set(challenge.challenge.get() + "y"));
            // the letter page as a workspace: typing in a letter of two pages, every page drawn again
            onFxThread(() -> letter.body.set(letter.body.get() + LONG.repeat(12)));
            Thread.sleep(1500);
            int[] pages = new int[1];
            onFxThread(() -> pages[0] = letter.preview().pagesProperty().get().count());
            List<Long> twoPages = previewAfterEachKey(letter, () -> letter.body.set(letter.body.get() + "y"));
            System.out.printf("keystroke on the JavaFX thread (recompose, preview, the pulse's CSS and layout): "
                    + "median %.2f ms, p90 %.2f ms (%d)%n", median(keystrokes), p90(keystrokes), keystrokes.size());
            System.out.printf("the same with CSS forced over the whole scene (the measure before 2026-11-28): "
                    + "median %.2f ms, p90 %.2f ms (%d)%n", median(forced), p90(forced), forced.size());
            System.out.printf("JavaFX thread CPU time per keystroke: median %.2f ms, p90 %.2f ms; with CSS forced: "
                    + "median %.2f ms, p90 %.2f ms%n", median(keystrokesCpu), p90(keystrokesCpu), median(forcedCpu),
                    p90(forcedCpu));
            // both include the letter page's pause for typing (LetterPageView.PREVIEW_PAUSE)
            System.out.printf("last keystroke to the PDF pages redrawn: median %.0f ms, p90 %.0f ms (%d)%n",
                    median(previews), p90(previews), previews.size());
            System.out.printf("keystroke in the letter editor to all %d pages redrawn: median %.0f ms, p90 %.0f ms (%d)%n",
                    pages[0], median(twoPages), p90(twoPages), twoPages.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    private static final String LONG = "\n\nA paragraph typed to make the letter run onto a second page, as a "
            + "long letter does, so that the preview has every page to draw again.";

    /** Thirty keystrokes, one at a time: from each to the preview's new pages on screen. */
    private static List<Long> previewAfterEachKey(LetterPageViewModel letter, Runnable keystroke)
            throws InterruptedException {
        List<Long> previews = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long[] typed = new long[1];
            Object done = new Object();
            ChangeListener<Object> listener = (o, old, now) -> {
                synchronized (done) {
                    previews.add(System.nanoTime() - typed[0]);
                    done.notifyAll();
                }
            };
            onFxThread(() -> {
                letter.preview().pagesProperty().addListener(listener);
                typed[0] = System.nanoTime();
                keystroke.run();
            });
            synchronized (done) {
                done.wait(5000);
            }
            onFxThread(() -> letter.preview().pagesProperty().removeListener(listener));
            Thread.sleep(300);
        }
        return previews;
    }

    /** The CSS and layout passes of the pulse after a keystroke, timed by the scene's own pulse listeners. */
    private static final class PulseTimer {
        private final Object lock = new Object();
        private long cssStarted;
        private long cpuStarted;
        private long tookCpu;
        private boolean expected;
        private long took = -1;

        PulseTimer(Scene scene) {
            scene.addPreLayoutPulseListener(() -> {
                cssStarted = System.nanoTime();
                cpuStarted = cpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                synchronized (lock) {
                    if (expected) {
                        took = System.nanoTime() - cssStarted;
                        tookCpu = cpuTime() - cpuStarted;
                        expected = false;
                        lock.notifyAll();
                    }
                }
            });
        }

        /** On the JavaFX thread, after the keystroke: the next pulse is the one to time. */
        void expect() {
            synchronized (lock) {
                expected = true;
                took = -1;
            }
            Platform.requestNextPulse();
        }

        /** The CPU time of the pulse timed last by {@link #cssAndLayout}. */
        long cssAndLayoutCpu() {
            synchronized (lock) {
                return tookCpu;
            }
        }

        long cssAndLayout() throws InterruptedException {
            synchronized (lock) {
                long limit = System.nanoTime() + 10_000_000_000L;
                while (took < 0 && System.nanoTime() < limit) {
                    lock.wait(100);
                }
                if (took < 0) {
                    throw new IllegalStateException("no pulse came within 10 s of a keystroke");
                }
                return took;
            }
        }
    }

    private static long cpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void onFxThread(Runnable work) throws InterruptedException {
        Object lock = new Object();
        boolean[] finished = {false};
        Platform.runLater(() -> {
            work.run();
            synchronized (lock) {
                finished[0] = true;
                lock.notifyAll();
            }
        });
        synchronized (lock) {
            while (!finished[0]) {
                lock.wait();
            }
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double p90(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) (sorted.size() * 0.9)) / 1e6;
    }
}
