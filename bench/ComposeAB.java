import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

/**
 * Composing time per letter of two builds in one process, for a shared machine whose load moves every wall-clock
 * figure: each jar in its own class loader, batches of 20 composes of one sample taken in turn (the first of a pair
 * alternating), timed as the thread's CPU time; prints the medians of the batches and their ratio.
 * Usage: javac -d OUT bench/ComposeAB.java && java -cp OUT ComposeAB OLD.jar NEW.jar samples/*.followup.json
 * (-Dbatches=N, default 150, after 30 batches of warm-up).
 */
public final class ComposeAB {
    record Side(Object composer, Method compose, List<Object> notes, List<Integer> rounds) {}

    static Side side(String jar, List<String> files) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> lib = loader.loadClass("app.followup.userfiles.TemplateLibrary");
        Object library = lib.getConstructor(Path.class).newInstance((Path) null);
        Class<?> comp = loader.loadClass("app.followup.letter.LetterComposer");
        Object composer = comp.getConstructor(lib).newInstance(library);
        Class<?> nf = loader.loadClass("app.followup.notes.NotesFile");
        Object notesFile = nf.getConstructor().newInstance();
        Class<?> notesClass = loader.loadClass("app.followup.model.Notes");
        Method compose = comp.getMethod("compose", notesClass, int.class, LocalDate.class);
        List<Object> notes = new ArrayList<>(); List<Integer> rounds = new ArrayList<>();
        for (String f : files) {
            Object n = nf.getMethod("load", Path.class).invoke(notesFile, Path.of(f));
            notes.add(n);
            rounds.add(((List<?>) notesClass.getMethod("rounds").invoke(n)).size() - 1);
        }
        return new Side(composer, compose, notes, rounds);
    }

    public static void main(String[] args) throws Exception {
        List<String> files = Arrays.asList(args).subList(2, args.length);
        Side[] sides = {side(args[0], files), side(args[1], files)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LocalDate today = LocalDate.of(2026, 11, 26);
        int batch = 20, batches = Integer.getInteger("batches", 150);
        for (int f = 0; f < files.size(); f++) {
            List<List<Double>> per = List.of(new ArrayList<>(), new ArrayList<>());
            for (int b = -30; b < batches; b++) {
                for (int s = 0; s < 2; s++) {
                    Side side = sides[(b & 1) == 0 ? s : 1 - s];
                    long c0 = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < batch; i++) side.compose().invoke(side.composer(), side.notes().get(f), side.rounds().get(f), today);
                    double ms = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / batch;
                    if (b >= 0) per.get(side == sides[0] ? 0 : 1).add(ms);
                }
            }
            double a = median(per.get(0)), bb = median(per.get(1));
            System.out.printf("%s: A %.3f ms, B %.3f ms CPU per compose (median of %d batches of %d), B/A %.2f%n",
                    Path.of(files.get(f)).getFileName(), a, bb, batches, batch, bb / a);
        }
    }

    static double median(List<Double> v) { List<Double> s = new ArrayList<>(v); Collections.sort(s); return s.get(s.size() / 2); }
}
