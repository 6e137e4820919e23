package app.followup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.TemplateLibrary;
import app.followup.model.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfTest {
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));
    private final LetterPdf pdf = new LetterPdf();

    private static Letter sample(Path file, int round) {
        return COMPOSER.compose(Samples.load(file), round, LocalDate.of(2026, 11, 26));
    }

    private static String text(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theWordsComeBackInReadingOrder() throws Exception {
        String text = text(pdf.render(sample(Samples.NORDLYS, 0)).bytes()).replaceAll("\\s+", " ");
        List<String> inOrder = List.of("Kari Nordmann", "Ola Hansen", "7011 Trondheim", "Oslo, 26. november 2026",
                "Oppfølging etter intervjuet: Key Account Manager i Nordlys Software AS", "Hei Ola,",
                "Partnerkanalen vokser ikke i takt med markedet.", "Ingen eier partnerne etter omorganiseringen",
                "1. Intervju med Lise Moe", "Neste steg: Jeg ringer deg", "Vennlig hilsen");
        int at = 0;
        for (String expected : inOrder) {
            int found = text.indexOf(expected, at);
            assertThat(found).as("'%s' after position %d in:%n%s", expected, at, text).isGreaterThanOrEqualTo(at);
            at = found + expected.length();
        }
    }

    @Test
    void aSponsorLetterFitsOnePageAndCarriesItsMetadata() throws Exception {
        LetterPdf.Result result = pdf.render(sample(Samples.NORDLYS, 0));
        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.missingGlyphs()).isEmpty();
        try (PDDocument document = Loader.loadPDF(result.bytes())) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Oppfølging etter intervjuet");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Kari Nordmann");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Oppfølgingsbrev etter jobbintervju");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb-NO");
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.matches("[A-Z]{6}\\+LiberationSerif"))
                    .anyMatch(f -> f.matches("[A-Z]{6}\\+LiberationSerif-Bold"));
        }
    }

    @Test
    void theProgressPlanIsATableWithItsRows() throws Exception {
        String text = text(pdf.render(sample(Samples.VESTLAND, 1)).bytes());
        assertThat(text).contains("Dato Milepæl Ansvarlig")
                .contains("1. desember 2026 Referanser og 100-dagersplan sendt Jonas Bakke")
                .contains("11. desember 2026 Beslutning og tilbud Vestland Energi AS");
    }

    @Test
    void longLettersFlowOntoMorePagesNumberedInTheirLanguage() throws Exception {
        Letter base = sample(Samples.NORDLYS, 0);
        List<Block> body = new ArrayList<>(Collections.nCopies(40, new Block.Paragraph(List.of(
                "Dette er et langt avsnitt som gjentas for å fylle flere sider med tekst i brevet."))));
        Letter nb = new Letter(Language.NB, base.subject(), body, base.senderLines(), base.recipientLines(),
                base.placeAndDate(), base.author(), base.to(), base.cc(), false, List.of());
        LetterPdf.Result result = pdf.render(nb);
        assertThat(result.pages()).isGreaterThanOrEqualTo(2);
        String text = text(result.bytes());
        assertThat(text).contains("side 1 av " + result.pages()).contains("side 2 av " + result.pages());
        Letter en = new Letter(Language.EN, base.subject(), body, base.senderLines(), base.recipientLines(),
                base.placeAndDate(), base.author(), base.to(), base.cc(), false, List.of());
        assertThat(text(pdf.render(en).bytes())).contains("page 2 of ");
    }

    @Test
    void hostileTextNeverCrashesAndMissingCharactersAreReported() throws Exception {
        String hostile = "Emoji 😀👍🏽 CJK 漢字テスト RTL עברית العربية combining e\u0301\u0302 a\u0308 "
                + "controls \u0000\u0007\u001b[31m tab\there\r\nline\u2028sep zero\u200bwidth \uFEFF bom "
                + "lonely surrogate \uD800 end";
        String longWord = "x".repeat(20_000);
        Letter base = sample(Samples.NORDLYS, 0);
        Letter letter = new Letter(Language.NB, hostile, List.of(new Block.Paragraph(List.of(hostile, longWord)),
                new Block.ItemList(List.of(hostile, longWord), false),
                new Block.Table(List.of(hostile, "b", "c"), List.of(List.of(longWord, hostile, "")))),
                List.of(hostile), List.of(hostile, longWord), hostile, hostile, base.to(), base.cc(), false, List.of());
        LetterPdf.Result result = pdf.render(letter);
        assertThat(result.pages()).isGreaterThan(1);
        assertThat(result.missingGlyphs()).anyMatch(g -> g.startsWith("U+6F22")).noneMatch(g -> g.startsWith("U+1F600"));
        String text = text(result.bytes());
        assertThat(text).contains("Emoji").contains("end").contains("combining").contains("xxxxxxxxxx");
    }

    private static List<String> fontNames(byte[] bytes) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void charactersLiberationLacksAreDrawnWithTheFallbackFontAndNotReported() throws Exception {
        String words = "Arabic العربية, Georgian ქართული, Armenian Հայերեն, marks ✓ ✔ ☎ ✉ ★ → ⇒ ∞ ≈";
        Letter base = sample(Samples.NORDLYS, 0);
        Letter letter = new Letter(Language.NB, "Emne " + words, List.of(new Block.Paragraph(List.of(words)),
                new Block.ItemList(List.of(words), false)), base.senderLines(), base.recipientLines(),
                base.placeAndDate(), base.author(), base.to(), base.cc(), false, List.of());
        LetterPdf.Result result = pdf.render(letter);
        assertThat(result.missingGlyphs()).isEmpty();
        assertThat(FontCoverage.missing(letter)).isEmpty();
        assertThat(fontNames(result.bytes())).anyMatch(name -> name.contains("DejaVuSans-Bold"))
                .anyMatch(name -> name.contains("DejaVuSans")).anyMatch(name -> name.contains("LiberationSerif"));
        String text = text(result.bytes());
        assertThat(text).contains("ქართული").contains("Հայերեն").contains("✓ ✔ ☎ ✉ ★ → ⇒ ∞ ≈");
    }

    @Test
    void aLetterLiberationCoversCarriesNoFallbackFont() throws Exception {
        assertThat(fontNames(pdf.render(sample(Samples.NORDLYS, 0)).bytes()))
                .isNotEmpty().noneMatch(name -> name.contains("DejaVu"));
    }
}
