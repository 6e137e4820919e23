package app.followup.pdf;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lays a letter out as an A4 business letter: letterhead, addressee block, place and date, bold subject, body
 * with lists and the progress-plan table, and "page 2 of 3" footers when it runs longer than a page.
 */
public final class LetterPdf {
    static final Rgb INK = new Rgb(0x1F, 0x23, 0x28);
    static final Rgb MUTED = new Rgb(0x5B, 0x63, 0x6E);
    static final Rgb RULE = new Rgb(0xB8, 0xBE, 0xC6);
    static final Rgb HEADER_FILL = new Rgb(0xEE, 0xF1, 0xF4);
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmssXX", java.util.Locale.ROOT);
    static final float BODY_SIZE = 10.5f;
    static final float LEADING = 14f;

    /** The document and what could not be shown in its font. */
    public record Result(byte[] bytes, int pages, Set<String> missingGlyphs) {
    }

    /**
     * Renders a small throwaway letter on another thread, so that a render soon after finds the fonts parsed and
     * PDFBox's code loaded: on a two-core machine this takes a third off a command-line render.
     */
    public static void preload() {
        PdfFonts.preload(() -> new LetterPdf().render(WarmUpLetter.LETTER));
    }

    public Result render(Letter letter) {
        synchronized (PdfFonts.LOCK) {
            return renderAlone(letter);
        }
    }

    private Result renderAlone(Letter letter) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            ResourceBundle words = ResourceBundle.getBundle("app.followup.pdf.pdf", letter.language().locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            try (PageFlow flow = new PageFlow(document)) {
                letterhead(flow, fonts, letter);
                addressAndDate(flow, fonts, letter);
                subject(flow, fonts, letter.subject());
                BodyLayout body = new BodyLayout(flow, fonts);
                List<Block> blocks = letter.body();
                for (int i = 0; i < blocks.size(); i++) {
                    body.layout(blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
                }
            }
            footers(document, fonts, words);
            metadata(document, letter, words);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            Set<String> missing = new TreeSet<>(fonts.regular.missing());
            missing.addAll(fonts.bold.missing());
            return new Result(out.toByteArray(), document.getNumberOfPages(), missing);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made", e);
        }
    }

    private static void letterhead(PageFlow flow, PdfFonts fonts, Letter letter) throws IOException {
        List<String> sender = letter.senderLines();
        if (sender.isEmpty()) {
            return;
        }
        flow.down(14);
        flow.text(fonts.bold, 15, PageFlow.LEFT, flow.y(), fonts.bold.clean(sender.get(0)), INK);
        flow.down(15);
        String contact = String.join("  ·  ", sender.subList(1, sender.size()));
        for (String line : LineWrapper.wrap(fonts.regular.clean(contact), fonts.regular, 9, flow.width())) {
            flow.text(fonts.regular, 9, PageFlow.LEFT, flow.y(), line, MUTED);
            flow.down(12);
        }
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y() + 4, 0.6f, RULE);
        flow.down(24);
    }

    private static void addressAndDate(PageFlow flow, PdfFonts fonts, Letter letter) throws IOException {
        float top = flow.y();
        String date = fonts.regular.clean(letter.placeAndDate());
        float dateWidth = fonts.regular.width(date, BODY_SIZE);
        float addressWidth = flow.width() - dateWidth - 24;
        for (String line : letter.recipientLines()) {
            for (String wrapped : LineWrapper.wrap(fonts.regular.clean(line), fonts.regular, BODY_SIZE,
                    addressWidth)) {
                flow.ensureSpace(LEADING);
                flow.text(fonts.regular, BODY_SIZE, PageFlow.LEFT, flow.y(), wrapped, INK);
                flow.down(LEADING);
            }
        }
        // drawn after the addressee, so that text extraction reads the address block first
        flow.text(fonts.regular, BODY_SIZE, PageFlow.RIGHT - dateWidth, top, date, INK);
        if (flow.y() == top) {
            flow.down(LEADING);
        }
        flow.down(20);
    }

    private static void subject(PageFlow flow, PdfFonts fonts, String subject) throws IOException {
        for (String line : LineWrapper.wrap(fonts.bold.clean(subject), fonts.bold, 12.5f, flow.width())) {
            flow.ensureSpace(LEADING + 2);
            flow.text(fonts.bold, 12.5f, PageFlow.LEFT, flow.y(), line, INK);
            flow.down(LEADING + 2);
        }
        flow.down(10);
    }

    private static void footers(PDDocument document, PdfFonts fonts, ResourceBundle words) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            String label = fonts.regular.clean(MessageFormat.format(words.getString("page"), i + 1, pages));
            float width = fonts.regular.width(label, 9);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setNonStrokingColor(MUTED.red(), MUTED.green(), MUTED.blue());
                stream.newLineAtOffset((PageFlow.SIZE.getWidth() - width) / 2, 40);
                PageFlow.show(stream, fonts.regular, 9, label);
                stream.endText();
            }
        }
    }

    private static void metadata(PDDocument document, Letter letter, ResourceBundle words) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(letter.subject());
        info.setAuthor(letter.author());
        info.setSubject(words.getString("document.subject"));
        info.setCreator("FollowUp");
        info.setProducer("FollowUp with Apache PDFBox");
        // written as the PDF date string directly: a Calendar would load the JDK's locale data for nothing
        info.getCOSObject().setString(COSName.CREATION_DATE, PDF_DATE.format(ZonedDateTime.now())
                .replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1'$2'").replaceFirst("Z$", "Z00'00'"));
        document.getDocumentCatalog().setLanguage(letter.language().locale().toLanguageTag());
    }

    /** Lays out body blocks; keeps short paragraphs (a signature) whole on one page. */
    private static final class BodyLayout {
        private static final int KEEP_TOGETHER_LINES = 6;
        private final PageFlow flow;
        private final PdfFonts fonts;

        BodyLayout(PageFlow flow, PdfFonts fonts) {
            this.flow = flow;
            this.fonts = fonts;
        }

        /** Lays out one block; {@code next} is null for the last one, which is the closing and signature. */
        void layout(Block block, Block next) throws IOException {
            if (block instanceof Block.Paragraph paragraph) {
                paragraph(paragraph, next);
            } else if (block instanceof Block.ItemList list) {
                items(list);
            } else if (block instanceof Block.Table table) {
                new TableLayout(flow, fonts).layout(table);
            }
            flow.down(leadsIn(block, next) ? 2 : 8);
        }

        private void paragraph(Block.Paragraph paragraph, Block next) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.lines()) {
                lines.addAll(LineWrapper.wrap(fonts.regular.clean(line), fonts.regular, BODY_SIZE, flow.width()));
            }
            boolean signature = next == null && paragraph.lines().size() > 1;
            float signatureGap = signature ? LEADING : 0;
            if (lines.size() <= KEEP_TOGETHER_LINES) {
                // a short paragraph stays whole, and a lead-in ending in ":" stays with the start of its list
                flow.ensureSpace(lines.size() * LEADING + signatureGap + keepWithNext(paragraph, next));
            }
            for (int i = 0; i < lines.size(); i++) {
                flow.ensureSpace(LEADING);
                flow.text(fonts.regular, BODY_SIZE, PageFlow.LEFT, flow.y() - BODY_SIZE, lines.get(i), INK);
                flow.down(LEADING);
                if (i == 0 && signature) {
                    flow.down(signatureGap);
                }
            }
        }

        /** A paragraph ending in ":" that introduces the list or table after it. */
        private static boolean leadsIn(Block block, Block next) {
            if (!(block instanceof Block.Paragraph paragraph) || next == null || next instanceof Block.Paragraph) {
                return false;
            }
            List<String> lines = paragraph.lines();
            return lines.get(lines.size() - 1).endsWith(":");
        }

        private float keepWithNext(Block.Paragraph paragraph, Block next) {
            if (!leadsIn(paragraph, next)) {
                return 0;
            }
            if (next instanceof Block.Table table) {
                float whole = TableLayout.estimatedHeight(table);
                return whole < (PageFlow.TOP - PageFlow.BOTTOM) / 2 ? whole : 3 * LEADING;
            }
            return 2 * LEADING;
        }

        private void items(Block.ItemList list) throws IOException {
            float markX = PageFlow.LEFT + 8;
            float textX = PageFlow.LEFT + 24;
            for (int i = 0; i < list.items().size(); i++) {
                String mark = list.numbered() ? (i + 1) + "." : "•";
                List<String> lines = LineWrapper.wrap(fonts.regular.clean(list.items().get(i)), fonts.regular,
                        BODY_SIZE, PageFlow.RIGHT - textX);
                flow.ensureSpace(LEADING);
                flow.text(fonts.regular, BODY_SIZE, markX, flow.y() - BODY_SIZE, mark, INK);
                for (String line : lines) {
                    flow.ensureSpace(LEADING);
                    flow.text(fonts.regular, BODY_SIZE, textX, flow.y() - BODY_SIZE, line, INK);
                    flow.down(LEADING);
                }
                flow.down(2);
            }
        }
    }
}
