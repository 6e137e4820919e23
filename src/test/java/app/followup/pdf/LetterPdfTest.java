package app.followup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Heavy;
import app.followup.Samples;
import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
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
        String text = text(pdf.render(FitLetters.sponsorOf300Words()).bytes()).replaceAll("\\s+", " ");
        List<String> inOrder = List.of("Sindre Aasen", "Kongsgårdbakken 12 · 4005 Stavanger · 915 22 480",
                "Per Olav Moe Salgsdirektør Hanne Solberg", "4313 Sandnes", "Stavanger, 26. november 2026",
                "Oppsummering etter samtalen 26. november – salgssjef proff", "Hei Per Olav og Hanne,",
                "Proffsalget har stått stille i to år", "sender jeg tirsdag 1. desember",
                "Har jeg misforstått noe, vil jeg gjerne høre det.", "Med vennlig hilsen Sindre Aasen · 915 22 480",
                "Kopi: Trond Vikre, Ingrid Lie (Ramsvik Rekruttering)");
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
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Oppsummering etter samtalen 26. november");
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
        String text = text(pdf.render(FitLetters.decisionMakerWithFiveRows()).bytes());
        assertThat(text).contains("Dato Milepæl Hvem")
                .contains("tirsdag 1. desember Referanser og salgstall sendt meg")
                .contains("fredag 8. januar 2027 Beslutning og tilbud Anders");
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
        assertThat(text).contains("side 2 av " + result.pages()).doesNotContain("side 1 av");
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

    @Test
    void theDocumentPropertiesCarryNoDirectionOrControlCharacters() throws Exception {
        Letter base = FitLetters.sponsorOf300Words();
        String subject = "Oppfølging \u202Eevil.exe\u202C etter \u2066intervjuet\u2069\u200B\r\nmed\u0007 \u061C\u200Fdeg";
        Letter letter = new Letter(Language.NB, subject, base.body(), base.senderLines(), base.recipientLines(),
                base.placeAndDate(), "Sindre\u202E Aasen\u0000", base.to(), base.cc(), false, List.of(),
                base.copyLine());
        try (PDDocument document = Loader.loadPDF(pdf.render(letter).bytes())) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Oppfølging evil.exe etter intervjuet med deg");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Sindre Aasen");
        }
        Letter huge = new Letter(Language.NB, "Emne ".repeat(200_000), base.body(), base.senderLines(),
                base.recipientLines(), base.placeAndDate(), base.author(), base.to(), base.cc(), false, List.of(),
                base.copyLine());
        try (PDDocument document = Loader.loadPDF(pdf.render(huge).bytes())) {
            String title = document.getDocumentInformation().getTitle();
            assertThat(title.length()).isLessThanOrEqualTo(PdfMetadata.LONGEST + 1);
            assertThat(title).startsWith("Emne Emne").endsWith("…");
        }
    }

    @Test
    void theDocumentIsDatedByTheClockItIsGiven() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T14:05:09Z"), ZoneId.of("Europe/Oslo"));
        try (PDDocument document = Loader.loadPDF(new LetterPdf(clock).render(sample(Samples.NORDLYS, 0)).bytes())) {
            assertThat(document.getDocumentInformation().getCOSObject().getString(
                    COSName.CREATION_DATE)).isEqualTo("D:20261126150509+01'00'");
        }
    }

    @Test
    @Heavy
    void aMegabyteParagraphIsLaidOutInFullAndEndsWithTheClose() throws Exception {
        String prose = "Partnerkanalen vokser ikke i takt med markedet, og ingen eier partnerne. ";
        String megabyte = prose.repeat(1_000_000 / prose.length() + 1).substring(0, 1_000_000);
        Letter base = FitLetters.sponsorOf300Words();
        List<Block> body = new ArrayList<>(base.body());
        body.add(1, new Block.Paragraph(List.of(megabyte)));
        LetterPdf.Result result = pdf.render(new Letter(Language.NB, base.subject(), body, base.senderLines(),
                base.recipientLines(), base.placeAndDate(), base.author(), base.to(), base.cc(), false, List.of(),
                base.copyLine()));
        assertThat(result.pages()).isGreaterThan(150);
        assertThat(PdfPages.page(result.bytes(), result.pages() - 1))
                .contains("Med vennlig hilsen\nSindre Aasen · 915 22 480\nKopi: Trond Vikre");
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
