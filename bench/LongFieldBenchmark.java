import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.model.Language;
import app.followup.pdf.LetterPdf;
import java.util.Arrays;
import java.util.List;

/**
 * PDF layout time for a letter with one field of a given size (a pasted document), in the body, the subject, a
 * table cell and the address block: the time should grow in proportion to the size. Run by bench/run.sh, or
 * {@code java -cp target/followup.jar:OUT LongFieldBenchmark [chars...]}; prints medians of 3 after a warm-up.
 */
public final class LongFieldBenchmark {
    private static final String PROSE = "Partnerkanalen vokser ikke i takt med markedet, og ingen eier partnerne. ";

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {250_000, 500_000, 1_000_000};
        LetterPdf pdf = new LetterPdf();
        pdf.render(letter("body", PROSE.repeat(2_000)));
        for (String where : List.of("body", "subject", "table", "address")) {
            for (int size : sizes) {
                String field = PROSE.repeat(size / PROSE.length() + 1).substring(0, size);
                Letter letter = letter(where, field);
                long[] runs = new long[3];
                int pages = 0;
                for (int i = 0; i < runs.length; i++) {
                    long start = System.nanoTime();
                    pages = pdf.render(letter).pages();
                    runs[i] = System.nanoTime() - start;
                }
                Arrays.sort(runs);
                System.out.printf("%-8s %,10d chars: %4d pages, median %,7.0f ms%n", where, size, pages,
                        runs[1] / 1e6);
            }
        }
    }

    private static Letter letter(String where, String field) {
        return new Letter(Language.NB, where.equals("subject") ? field : "Oppsummering etter samtalen",
                List.of(new Block.Paragraph(List.of("Hei Ola,")),
                        new Block.Paragraph(List.of(where.equals("body") ? field : "Takk for samtalen.")),
                        new Block.Table(List.of("Dato", "Milepæl", "Hvem"), List.of(
                                List.of("tirsdag 1. desember", where.equals("table") ? field : "Referanser", "meg"))),
                        new Block.Paragraph(List.of("Med vennlig hilsen", "Kari Nordmann · 912 34 567"))),
                List.of("Kari Nordmann", "Storgata 1", "0155 Oslo", "+47 912 34 567", "kari@example.no"),
                List.of(where.equals("address") ? field : "Ola Hansen", "Nordlys Software AS"),
                "Oslo, 26. november 2026", "Kari Nordmann", List.of(), List.of(), false, List.of(),
                "Kopi: Eva Berg");
    }
}
