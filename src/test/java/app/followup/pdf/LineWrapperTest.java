package app.followup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
    private static final String DATES = "Navn på to referanser sender jeg tirsdag\u00A01.\u00A0desember, og salgstallene "
            + "for distriktet torsdag\u00A03.\u00A0desember. I 2025 hadde vi 12\u202F000\u00A0kunder, og Per Olav "
            + "ringer Monday\u00A030\u00A0November, Mon\u00A030\u00A0Nov.";

    private static List<String> wrap(String text, float width) throws Exception {
        synchronized (PdfFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                GlyphFilter glyphs = new PdfFonts(document).regular;
                return LineWrapper.wrap(glyphs.clean(text), glyphs, LetterPdf.BODY_SIZE, width);
            }
        }
    }

    @Test
    void aLineNeverBreaksInsideADateOrANumberHeldByNoBreakSpaces() throws Exception {
        for (float width = 100; width <= 470; width += 1.5f) {
            List<String> lines = wrap(DATES, width);
            assertThat(String.join(" ", lines)).isEqualTo(DATES);
            for (String line : lines) {
                assertThat(line).as("at width %.1f", width)
                        .doesNotEndWith("tirsdag").doesNotEndWith("torsdag").doesNotEndWith("1.")
                        .doesNotEndWith("3.").doesNotEndWith("12").doesNotEndWith("Monday").doesNotEndWith("Mon")
                        .doesNotEndWith("30").doesNotStartWith("desember").doesNotStartWith("kunder")
                        .doesNotStartWith("000").doesNotStartWith("Nov");
            }
        }
    }

    @Test
    void aDateWiderThanTheLineBreaksAtItsSpacesRatherThanInsideAWord() throws Exception {
        assertThat(wrap("ringer Wednesday\u00A016\u00A0December", 60))
                .containsExactly("ringer", "Wednesday", "16 December");
    }

    @Test
    void noBreakSpacesAreDrawnAndNeverReportedMissing() throws Exception {
        synchronized (PdfFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                PdfFonts fonts = new PdfFonts(document);
                String clean = fonts.regular.clean("1.\u00A0desember 12\u202F000 12\u2007000");
                assertThat(clean).isEqualTo("1.\u00A0desember 12\u202F000 12\u2007000");
                assertThat(fonts.regular.missing()).isEmpty();
                assertThat(fonts.regular.width("1.\u00A0desember", 10)).isEqualTo(fonts.regular.width("1. desember", 10));
            }
        }
        var letter = FitLetters.sponsor(List.of("I 2025 hadde vi 12\u202F000\u00A0kunder og 1\u2007500 partnere."));
        assertThat(FontCoverage.missing(letter)).isEmpty();
        assertThat(new LetterPdf().render(letter).missingGlyphs()).isEmpty();
    }

    @Test
    void eachCharacterIsMeasuredOnceSoAMegabyteWrapsInLinearTime() {
        String prose = "Partnerkanalen vokser ikke i takt med markedet, og ingen eier partnerne. ";
        String megabyte = prose.repeat(1_000_000 / prose.length() + 1).substring(0, 1_000_000);
        String oneWord = "x".repeat(1_000_000);
        for (String text : List.of(megabyte, oneWord)) {
            AtomicLong measured = new AtomicLong();
            List<String> lines = LineWrapper.wrap(text, piece -> {
                measured.addAndGet(piece.length());
                return piece.length() * 5f;
            }, 460);
            assertThat(lines).hasSizeGreaterThan(10_000).allMatch(line -> line.length() <= 92);
            assertThat(String.join(text == oneWord ? "" : " ", lines)).isEqualTo(text.strip());
            // a character at most twice (a word too long for the line once more, character by character); measuring
            // the growing line for each word, as before, was about 15 times the length
            assertThat(measured.get()).isLessThanOrEqualTo(2L * text.length() + 1);
        }
    }
}
