package app.followup.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back as a reader sees it: the text of each page, line by line. */
final class PdfPages {
    private PdfPages() {
    }

    /** One list of lines per page, no-break spaces kept, empty lines dropped. */
    static List<List<String>> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<String>> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty())
                        .toList());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String page(byte[] pdf, int index) {
        return String.join("\n", lines(pdf).get(index));
    }
}
