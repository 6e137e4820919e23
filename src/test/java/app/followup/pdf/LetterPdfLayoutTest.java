package app.followup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed letter as a reader judges it: what fits one page, what stays together, what each page carries. */
class LetterPdfLayoutTest {
    private final LetterPdf pdf = new LetterPdf();

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replaceAll(" +", " ");
    }

    private static Letter withBody(Letter letter, List<Block> body, String copyLine) {
        return new Letter(letter.language(), letter.subject(), body, letter.senderLines(), letter.recipientLines(),
                letter.placeAndDate(), letter.author(), letter.to(), letter.cc(), false, List.of(), copyLine);
    }

    /** The sponsor letter with {@code extra} sentences added to its next-to-last body paragraph. */
    private static Letter longerSponsor(int extra) {
        List<String> paragraphs = new ArrayList<>(FitLetters.SPONSOR_PARAGRAPHS);
        int at = paragraphs.size() - 2;
        paragraphs.set(at, paragraphs.get(at)
                + " Jeg tar også med tallene fra de siste tre årene.".repeat(extra));
        return FitLetters.sponsor(paragraphs);
    }

    @Test
    void aSponsorLetterOfThreeHundredWordsToTwoPeopleFitsOnePage() {
        Letter letter = FitLetters.sponsorOf300Words();
        assertThat(FitLetters.words(letter.body())).isEqualTo(300);
        LetterPdf.Result result = pdf.render(letter);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.missingGlyphs()).isEmpty();
        assertThat(FontCoverage.missing(letter)).isEmpty();
    }

    @Test
    void aDecisionMakerLetterWithAFiveRowPlanFitsOnePageInBothLanguages() {
        Letter norwegian = FitLetters.decisionMakerWithFiveRows();
        assertThat(FitLetters.words(norwegian.body())).isBetween(220, 240);
        assertThat(pdf.render(norwegian).pages()).isEqualTo(1);
        assertThat(pdf.render(FitLetters.englishDecisionMaker()).pages()).isEqualTo(1);
    }

    @Test
    void theCopyLineEndsTheLetterAfterTheSignature() {
        List<String> lines = PdfPages.lines(pdf.render(FitLetters.sponsorOf300Words()).bytes()).get(0);
        assertThat(lines.subList(lines.size() - 4, lines.size())).containsExactly(
                "Har jeg misforstått noe, vil jeg gjerne høre det.", "Med vennlig hilsen", "Sindre Aasen · 915 22 480",
                "Kopi: Trond Vikre, Ingrid Lie (Ramsvik Rekruttering)");
        List<String> english = PdfPages.lines(pdf.render(FitLetters.englishDecisionMaker()).bytes()).get(0);
        assertThat(english.get(english.size() - 1)).isEqualTo("cc: James Whitaker; Olivia Grant (Harrow Search Partners)");
        Letter nobodyElse = withBody(FitLetters.sponsorOf300Words(), FitLetters.sponsorOf300Words().body(), null);
        List<String> alone = PdfPages.lines(pdf.render(nobodyElse).bytes()).get(0);
        assertThat(alone.get(alone.size() - 1)).isEqualTo("Sindre Aasen · 915 22 480");
    }

    @Test
    void theCloseStaysTogetherWithTheEndOfTheLetterWhereverThePageBreaks() {
        int twoPages = 0;
        for (int extra = 0; extra <= 60; extra += 2) {
            LetterPdf.Result result = pdf.render(longerSponsor(extra));
            if (result.pages() == 1) {
                continue;
            }
            twoPages++;
            List<List<String>> pages = PdfPages.lines(result.bytes());
            List<String> last = pages.get(pages.size() - 1).stream().filter(line -> !line.contains("side 2 av"))
                    .toList();
            int closing = last.indexOf("Har jeg misforstått noe, vil jeg gjerne høre det.");
            assertThat(closing).as("the closing line on the last page, with %d extra sentences: %s", extra, last)
                    .isGreaterThanOrEqualTo(2);
            assertThat(last.subList(closing, last.size())).as("with %d extra sentences", extra).containsExactly(
                    "Har jeg misforstått noe, vil jeg gjerne høre det.", "Med vennlig hilsen",
                    "Sindre Aasen · 915 22 480", "Kopi: Trond Vikre, Ingrid Lie (Ramsvik Rekruttering)");
            assertThat(pages.get(0)).as("with %d extra sentences", extra).doesNotContain("Med vennlig hilsen");
        }
        assertThat(twoPages).as("letters that ran onto a second page").isGreaterThan(10);
    }

    @Test
    void aGreetingWithoutANameStillStaysWithTheClosingLine() {
        int twoPages = 0;
        for (int extra = 0; extra <= 60; extra += 2) {
            Letter full = longerSponsor(extra);
            List<Block> body = new ArrayList<>(full.body());
            body.set(body.size() - 1, new Block.Paragraph(List.of("Med vennlig hilsen")));
            LetterPdf.Result result = pdf.render(withBody(full, body, null));
            if (result.pages() == 1) {
                continue;
            }
            twoPages++;
            List<List<String>> pages = PdfPages.lines(result.bytes());
            List<String> last = pages.get(pages.size() - 1).stream().filter(line -> !line.contains("side 2 av"))
                    .toList();
            int closing = last.indexOf("Har jeg misforstått noe, vil jeg gjerne høre det.");
            assertThat(closing).as("with %d extra sentences: %s", extra, last).isGreaterThanOrEqualTo(2);
            assertThat(last.subList(closing, last.size())).as("with %d extra sentences", extra)
                    .containsExactly("Har jeg misforstått noe, vil jeg gjerne høre det.", "Med vennlig hilsen");
        }
        assertThat(twoPages).isGreaterThan(10);
    }

    @Test
    void aParagraphBrokenAcrossPagesLeavesAtLeastTwoLinesOnEachSide() {
        int split = 0;
        for (int filler = 10; filler <= 34; filler++) {
            List<String> paragraphs = new ArrayList<>(FitLetters.SPONSOR_PARAGRAPHS);
            paragraphs.set(1, paragraphs.get(1) + " med flere ord".repeat(filler * 6));
            // a paragraph whose every line is made of one word, so that its lines can be counted on each page
            paragraphs.add(4, "partnerne ".repeat(100).strip());
            List<List<String>> pages = PdfPages.lines(pdf.render(FitLetters.sponsor(paragraphs)).bytes());
            if (pages.size() < 2) {
                continue;
            }
            long before = pages.get(0).stream().filter(line -> line.matches("(partnerne ?)+")).count();
            long after = pages.get(1).stream().filter(line -> line.matches("(partnerne ?)+")).count();
            if (before == 0 || after == 0) {
                continue;
            }
            split++;
            assertThat(before).as("lines left on page 1 with filler %d", filler).isGreaterThanOrEqualTo(2);
            assertThat(after).as("lines carried to page 2 with filler %d", filler).isGreaterThanOrEqualTo(2);
        }
        assertThat(split).as("layouts that broke the paragraph").isGreaterThan(3);
    }

    @Test
    void theTableHeaderNeverStandsAloneAtTheFootOfAPage() {
        Letter base = FitLetters.decisionMakerWithFiveRows();
        int tables = 0;
        for (int filler = 0; filler <= 60; filler += 2) {
            List<Block> body = new ArrayList<>(base.body());
            body.add(1, new Block.Paragraph(List.of("Innledning " + "med flere ord ".repeat(filler * 2) + "slutt.")));
            List<List<String>> pages = PdfPages.lines(pdf.render(withBody(base, body, base.copyLine())).bytes());
            for (List<String> page : pages) {
                int header = page.indexOf("Dato Milepæl Hvem");
                if (header >= 0) {
                    tables++;
                    assertThat(header + 1).as("a row after the header, filler %d", filler).isLessThan(page.size());
                    assertThat(plain(page.get(header + 1))).as("filler %d", filler).containsPattern("desember|januar");
                }
            }
        }
        assertThat(tables).isGreaterThan(30);
    }

    /**
     * A tester's plan row "New-business figures against target for 2025 and 2026 sent" wrapped and left "sent" alone
     * on a line, beside a date column a quarter of the page wide: the date and owner columns take what they need.
     */
    @Test
    void aPlanMilestoneTakesTheWidthTheDateAndOwnerDoNotNeed() {
        Letter base = FitLetters.englishDecisionMaker();
        List<Block> body = new ArrayList<>();
        for (Block block : base.body()) {
            body.add(block instanceof Block.Table table ? new Block.Table(table.header(), List.of(
                    List.of("Tue 1 Dec", "New-business figures against target for 2025 and 2026 sent", "me"),
                    List.of("Mon 21 Dec", "Decision before Christmas", "James"))) : block);
        }
        List<String> page = PdfPages.lines(pdf.render(withBody(base, body, base.copyLine())).bytes()).get(0);
        assertThat(page).anySatisfy(line -> assertThat(plain(line))
                .isEqualTo("Tue 1 Dec New-business figures against target for 2025 and 2026 sent me"));
    }

    @Test
    void onlyPagesAfterTheFirstAreNumberedUnderARunningHeader() {
        Letter base = FitLetters.sponsorOf300Words();
        List<Block> body = new ArrayList<>(Collections.nCopies(40, new Block.Paragraph(List.of(
                "Dette er et langt avsnitt som gjentas for å fylle flere sider med tekst i brevet."))));
        body.add(new Block.Paragraph(List.of("Med vennlig hilsen", "Sindre Aasen · 915 22 480")));
        LetterPdf.Result result = pdf.render(withBody(base, body, base.copyLine()));
        assertThat(result.pages()).isEqualTo(2);
        assertThat(PdfPages.page(result.bytes(), 0)).doesNotContain("side ").doesNotContain(" av 2");
        assertThat(plain(PdfPages.page(result.bytes(), 1)))
                .contains("Sindre Aasen · Per Olav Moe, Hanne Solberg · 26. november 2026").contains("side 2 av 2");

        Letter english = FitLetters.englishDecisionMaker();
        List<Block> longer = new ArrayList<>(Collections.nCopies(50, english.body().get(2)));
        longer.addAll(english.body());
        LetterPdf.Result en = pdf.render(withBody(english, longer, english.copyLine()));
        assertThat(PdfPages.page(en.bytes(), 0)).doesNotContain("page 1 of");
        assertThat(plain(PdfPages.page(en.bytes(), en.pages() - 1)))
                .contains("Michael Carter · Rachel Owen · 26 November 2026")
                .contains("page " + en.pages() + " of " + en.pages());
    }

    @Test
    void contactDetailsArePrintedOnceInTheLetterhead() {
        String text = PdfPages.page(pdf.render(FitLetters.decisionMakerWithFiveRows()).bytes(), 0);
        assertThat(text).containsOnlyOnce("jonas.bakke@example.no").containsOnlyOnce("Kongens gate 8");

        Letter dm = FitLetters.decisionMakerWithFiveRows();
        List<Block> body = new ArrayList<>(dm.body());
        body.set(body.size() - 1, new Block.Paragraph(List.of("Vennlig hilsen", "Jonas Bakke", "+47 934 56 789",
                "jonas.bakke@example.no")));
        String oldSignature = PdfPages.page(pdf.render(withBody(dm, body, dm.copyLine())).bytes(), 0);
        assertThat(oldSignature).containsOnlyOnce("jonas.bakke@example.no").containsOnlyOnce("+47 934 56 789");
        assertThat(oldSignature).contains("Vennlig hilsen\nJonas Bakke\nKopi: Marte Solberg");
    }
}
