import app.followup.advice.Advisor;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Notes;
import app.followup.notes.NotesFile;
import app.followup.pdf.LetterPdf;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * In-process, warm timings of the steps a user waits for: composing a letter, checking it for the checklist (with
 * the page count given, as the window does from its preview) and laying it out as a PDF.
 * Run by bench/run.sh; prints medians after a warm-up, so the JIT has compiled the hot code.
 */
public final class WarmBenchmark {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/vestland-energi-salgssjef.followup.json");
        Notes notes = new NotesFile().load(file);
        int round = notes.rounds().size() - 1;
        LetterComposer composer = new LetterComposer(new TemplateLibrary(null));
        LocalDate today = LocalDate.of(2026, 11, 26);
        LetterPdf pdf = new LetterPdf();
        Advisor advisor = new Advisor(notes.languageOrDefault(), letter -> OptionalInt.of(1));
        for (int i = 0; i < 300; i++) {
            Letter letter = composer.compose(notes, round, today);
            advisor.check(notes, round, today, letter);
            pdf.render(letter);
        }
        int runs = 200;
        long[] compose = new long[runs];
        long[] render = new long[runs];
        long[] checks = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Letter letter = composer.compose(notes, round, today);
            long t1 = System.nanoTime();
            advisor.check(notes, round, today, letter);
            long t2 = System.nanoTime();
            pdf.render(letter);
            long t3 = System.nanoTime();
            compose[i] = t1 - t0;
            checks[i] = t2 - t1;
            render[i] = t3 - t2;
        }
        System.out.printf("%s: compose median %.2f ms (p90 %.2f), checks median %.2f ms (p90 %.2f), "
                + "PDF median %.2f ms (p90 %.2f), %d runs%n", file.getFileName(), median(compose), p90(compose),
                median(checks), p90(checks), median(render), p90(render), runs);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p90(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.9)] / 1e6;
    }
}
