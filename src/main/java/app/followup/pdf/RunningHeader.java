package app.followup.pdf;

import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The line at the top of every page after the first, as on a printed business letter: who wrote to whom and when,
 * and "side 2 av 3", so a loose page finds its letter. The first page has the letterhead and no page number.
 */
final class RunningHeader {
    private static final float SIZE = 8.5f;
    private static final String SEPARATOR = "  ·  ";
    private static final int HEAD = 200;

    private RunningHeader() {
    }

    static void draw(PDDocument document, PdfFonts fonts, Letter letter, ResourceBundle words) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        GlyphFilter glyphs = fonts.regular;
        String widestNumber = glyphs.clean(MessageFormat.format(words.getString("page"), pages, pages));
        String who = who(letter, glyphs, PageFlow.RIGHT - PageFlow.LEFT - glyphs.width(widestNumber, SIZE) - 24);
        for (int i = 1; i < pages; i++) {
            String number = glyphs.clean(MessageFormat.format(words.getString("page"), i + 1, pages));
            float numberWidth = glyphs.width(number, SIZE);
            float baseline = PageFlow.TOP - SIZE;
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                show(stream, glyphs, PageFlow.LEFT, baseline, who);
                show(stream, glyphs, PageFlow.RIGHT - numberWidth, baseline, number);
                stream.setStrokingColor(LetterPdf.RULE.red(), LetterPdf.RULE.green(), LetterPdf.RULE.blue());
                stream.setLineWidth(0.5f);
                stream.moveTo(PageFlow.LEFT, baseline - 7);
                stream.lineTo(PageFlow.RIGHT, baseline - 7);
                stream.stroke();
            }
        }
    }

    private static void show(PDPageContentStream stream, GlyphFilter glyphs, float x, float baseline, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(LetterPdf.MUTED.red(), LetterPdf.MUTED.green(), LetterPdf.MUTED.blue());
        stream.newLineAtOffset(x, baseline);
        PageFlow.show(stream, glyphs, SIZE, text);
        stream.endText();
    }

    /** "Jonas Bakke · Anders Vik, Marte Solberg · 28. november 2026", the addressees shortened to fit. */
    static String who(Letter letter, GlyphFilter glyphs, float width) {
        String author = shortened(glyphs.clean(head(Objects.requireNonNullElse(letter.author(), ""))).strip(), glyphs,
                width * 0.35f);
        String date = shortened(glyphs.clean(head(date(letter.placeAndDate()))).strip(), glyphs, width * 0.3f);
        String fixed = join(author, date);
        float room = width - glyphs.width(fixed, SIZE) - 2 * glyphs.width(SEPARATOR, SIZE);
        String addressees = shortened(glyphs.clean(head(addressees(letter))).strip(), glyphs, room);
        return addressees.isEmpty() ? fixed : join(join(author, addressees), date);
    }

    /** The start of a text, more than a header line can hold, so that a pasted document costs no more. */
    private static String head(String text) {
        int codePoints = text.codePointCount(0, text.length());
        return codePoints <= HEAD ? text : text.substring(0, text.offsetByCodePoints(0, HEAD - 1));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + SEPARATOR + second;
    }

    /** The date without the place: "Bergen, 28. november 2026" gives "28. november 2026". */
    private static String date(String placeAndDate) {
        if (placeAndDate == null) {
            return "";
        }
        int comma = placeAndDate.lastIndexOf(", ");
        return comma < 0 ? placeAndDate : placeAndDate.substring(comma + 2);
    }

    private static String addressees(Letter letter) {
        List<String> names = letter.to().stream().map(Recipient::name)
                .filter(name -> name != null && !name.isBlank()).toList();
        if (!names.isEmpty()) {
            return String.join(", ", names);
        }
        return letter.recipientLines().isEmpty() ? Objects.requireNonNullElse(letter.subject(), "")
                : letter.recipientLines().get(0);
    }

    /** The text cut with "…" where it would pass {@code width}; empty when not even a few letters fit. */
    private static String shortened(String text, GlyphFilter glyphs, float width) {
        if (glyphs.width(text, SIZE) <= width) {
            return text;
        }
        float room = width - glyphs.width("…", SIZE);
        StringBuilder out = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            used += glyphs.width(text.substring(i, next), SIZE);
            if (used > room) {
                break;
            }
            out.appendCodePoint(cp);
            i = next;
        }
        return out.length() < 4 ? "" : out.toString().strip() + "…";
    }
}
