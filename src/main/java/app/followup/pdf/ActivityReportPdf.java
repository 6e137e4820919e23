package app.followup.pdf;

import app.followup.letter.Block;
import app.followup.letter.LetterDates;
import app.followup.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The job-search activity report as a printable A4 table: a title with the candidate and the period, then one
 * row per activity (date, employer, position, activity, contact persons, where the application stands), the
 * header repeated on every page, "page 2 of 3" below. Headings and words in Norwegian or English.
 */
public final class ActivityReportPdf {
    private static final float TITLE_SIZE = 15f;
    /** Shares of the width: date, employer, position, activity, contact persons, status now. */
    private static final float[] COLUMNS = {0.13f, 0.17f, 0.17f, 0.18f, 0.22f, 0.13f};

    /**
     * One activity.
     *
     * @param activity a stable word: {@code interview}, {@code letter-sent} or {@code nudge-sent}
     * @param outcome  an application state: {@code active}, {@code offer}, {@code accepted}, ...
     */
    public record Row(LocalDate date, String employer, String position, String activity, String contacts,
                      String outcome) {
    }

    /** What to print; {@code candidate} may be null. */
    public record Report(Language language, String candidate, LocalDate from, LocalDate to, List<Row> rows) {
        public Report {
            rows = List.copyOf(rows);
        }
    }

    public byte[] render(Report report) {
        synchronized (PdfFonts.LOCK) {
            return renderAlone(report);
        }
    }

    private static byte[] renderAlone(Report report) {
        ResourceBundle words = ResourceBundle.getBundle("app.followup.pdf.report", report.language().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            try (PageFlow flow = new PageFlow(document)) {
                title(flow, fonts, report, words);
                if (report.rows().isEmpty()) {
                    flow.text(fonts.regular, LetterPdf.BODY_SIZE, PageFlow.LEFT, flow.y() - LetterPdf.BODY_SIZE,
                            fonts.regular.clean(words.getString("none")), LetterPdf.INK);
                } else {
                    new TableLayout(flow, fonts, table(report, words), COLUMNS).layout(0);
                }
            }
            pageNumbers(document, fonts, words);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.getString("title"));
            if (report.candidate() != null) {
                info.setAuthor(report.candidate());
            }
            info.setCreator("FollowUp");
            info.setProducer("FollowUp with Apache PDFBox");
            document.getDocumentCatalog().setLanguage(report.language().locale().toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the activity report could not be made", e);
        }
    }

    private static void title(PageFlow flow, PdfFonts fonts, Report report, ResourceBundle words)
            throws IOException {
        flow.down(TITLE_SIZE);
        flow.text(fonts.bold, TITLE_SIZE, PageFlow.LEFT, flow.y(), fonts.bold.clean(words.getString("title")),
                LetterPdf.INK);
        flow.down(LetterPdf.LEADING + 4);
        List<String> lines = new ArrayList<>();
        if (report.candidate() != null && !report.candidate().isBlank()) {
            lines.add(report.candidate());
        }
        lines.add(MessageFormat.format(words.getString("period"),
                LetterDates.longDate(report.from(), report.language()),
                LetterDates.longDate(report.to(), report.language()), report.rows().size()));
        for (String line : lines) {
            for (String wrapped : LineWrapper.wrap(fonts.regular.clean(line), fonts.regular, LetterPdf.BODY_SIZE,
                    flow.width())) {
                flow.text(fonts.regular, LetterPdf.BODY_SIZE, PageFlow.LEFT, flow.y(), wrapped, LetterPdf.MUTED);
                flow.down(LetterPdf.LEADING);
            }
        }
        flow.down(12);
    }

    private static Block.Table table(Report report, ResourceBundle words) {
        List<String> header = List.of(words.getString("column.date"), words.getString("column.employer"),
                words.getString("column.position"), words.getString("column.activity"),
                words.getString("column.contacts"), words.getString("column.outcome"));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(words.getString("date.pattern"));
        List<List<String>> rows = new ArrayList<>();
        for (Row row : report.rows()) {
            rows.add(List.of(dates.format(row.date()), nonNull(row.employer()), nonNull(row.position()),
                    word(words, "activity." + row.activity()), nonNull(row.contacts()),
                    word(words, "outcome." + row.outcome())));
        }
        return new Block.Table(header, rows);
    }

    /** The word for a code; a code this version does not know is shown as it is. */
    private static String word(ResourceBundle words, String key) {
        return words.containsKey(key) ? words.getString(key) : key.substring(key.indexOf('.') + 1);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static void pageNumbers(PDDocument document, PdfFonts fonts, ResourceBundle words) throws IOException {
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
                stream.setNonStrokingColor(LetterPdf.MUTED.red(), LetterPdf.MUTED.green(), LetterPdf.MUTED.blue());
                stream.newLineAtOffset((PageFlow.SIZE.getWidth() - width) / 2, 40);
                PageFlow.show(stream, fonts.regular, 9, label);
                stream.endText();
            }
        }
    }
}
