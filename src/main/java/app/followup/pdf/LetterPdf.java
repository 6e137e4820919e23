package app.followup.pdf;

import app.followup.letter.Letter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays a letter out as an A4 business letter: letterhead, addressee block, place and date, bold subject, body
 * with lists and the progress-plan table, the close and the copy line; pages after the first carry a running
 * header with "page 2 of 3".
 */
public final class LetterPdf {
    static final Rgb INK = new Rgb(0x1F, 0x23, 0x28);
    static final Rgb MUTED = new Rgb(0x5B, 0x63, 0x6E);
    static final Rgb RULE = new Rgb(0xB8, 0xBE, 0xC6);
    static final Rgb HEADER_FILL = new Rgb(0xEE, 0xF1, 0xF4);
    static final float BODY_SIZE = 10.5f;
    static final float LEADING = 14f;

    /** Only for the document's creation time: what the page says is dated by the letter itself. */
    private final Clock clock;

    public LetterPdf() {
        this(Clock.systemDefaultZone());
    }

    public LetterPdf(Clock clock) {
        this.clock = clock;
    }

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
                new BodyLayout(flow, fonts).layout(letter.body(), letter.senderLines(), letter.copyLine());
            }
            RunningHeader.draw(document, fonts, letter, words);
            PdfMetadata.write(document, letter, words, ZonedDateTime.now(clock));
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
        // each item whole on a line: the letterhead wraps between the address, the phone and the email only
        String contact = String.join("  ·  ", sender.subList(1, sender.size()).stream()
                .map(item -> item.strip().replace(' ', '\u00A0')).toList());
        for (String line : LineWrapper.wrap(fonts.regular.clean(contact), fonts.regular, 9, flow.width())) {
            flow.text(fonts.regular, 9, PageFlow.LEFT, flow.y(), line, MUTED);
            flow.down(12);
        }
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y() + 4, 0.6f, RULE);
        flow.down(24);
    }

    private static void addressAndDate(PageFlow flow, PdfFonts fonts, Letter letter) throws IOException {
        String date = fonts.regular.clean(letter.placeAndDate());
        float dateWidth = fonts.regular.width(date, BODY_SIZE);
        if (dateWidth > flow.width() / 2) {
            // not a place and date but a pasted text: on lines of its own, so the address keeps its width
            for (String line : LineWrapper.wrap(date, fonts.regular, BODY_SIZE, flow.width())) {
                flow.ensureSpace(LEADING);
                flow.text(fonts.regular, BODY_SIZE, PageFlow.LEFT, flow.y(), line, INK);
                flow.down(LEADING);
            }
            date = "";
            dateWidth = 0;
        }
        float top = flow.y();
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

}
