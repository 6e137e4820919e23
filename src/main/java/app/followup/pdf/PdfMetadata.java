package app.followup.pdf;

import app.followup.letter.Letter;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What a PDF reader and a file manager show about the document: title, author, subject, language. These are shown
 * as plain text outside the page, so they carry no control or direction characters (U+202E would turn a title
 * around in a file list) and stay one line of reasonable length.
 */
final class PdfMetadata {
    /** About what a title bar or a file's properties can show. */
    static final int LONGEST = 300;
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmssXX", Locale.ROOT);

    private PdfMetadata() {
    }

    static void write(PDDocument document, Letter letter, ResourceBundle words, ZonedDateTime created) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(plain(letter.subject()));
        info.setAuthor(plain(letter.author()));
        info.setSubject(words.getString("document.subject"));
        info.setCreator("FollowUp");
        info.setProducer("FollowUp with Apache PDFBox");
        // written as the PDF date string directly: a Calendar would load the JDK's locale data for nothing
        info.getCOSObject().setString(COSName.CREATION_DATE, PDF_DATE.format(created)
                .replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1'$2'").replaceFirst("Z$", "Z00'00'"));
        document.getDocumentCatalog().setLanguage(letter.language().locale().toLanguageTag());
    }

    /**
     * The text on one line: format characters (direction overrides and isolates, zero-width characters) and lone
     * surrogates dropped, control characters and runs of spaces made one space, cut with "…" after
     * {@link #LONGEST} characters.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(composed.length(), LONGEST + 1));
        boolean pendingSpace = false;
        int count = 0;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.SURROGATE) {
                continue;
            }
            if (GlyphFilter.isDrawnAsSpaceOrNothing(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                count++;
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
            count++;
            if (count > LONGEST) {
                return out.substring(0, out.offsetByCodePoints(0, LONGEST)).stripTrailing() + "…";
            }
        }
        return out.toString();
    }
}
