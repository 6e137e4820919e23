package app.followup.applications;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Maps a long list in two halves, the second on a thread of its own. A command runs in a cold JVM where every
 * file and every application is worked through by the interpreter; on two cores the halves take about half the
 * wall time. A short list, or a machine with one core, is mapped on the calling thread only.
 */
final class TwoHalves {
    /** Below this many items a second thread costs more than it saves. */
    static final int FROM = 16;

    private TwoHalves() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> mapping, boolean allowed) {
        Object[] results = new Object[items.size()];
        int half = !allowed || items.size() < FROM || Runtime.getRuntime().availableProcessors() < 2
                ? items.size() : items.size() / 2;
        Thread second = new Thread(() -> {
            for (int i = half; i < items.size(); i++) {
                results[i] = mapping.apply(items.get(i));
            }
        }, "followup-second-half");
        second.setDaemon(true);
        if (half < items.size()) {
            second.start();
        }
        for (int i = 0; i < half; i++) {
            results[i] = mapping.apply(items.get(i));
        }
        try {
            second.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working through the applications", e);
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
