package app.followup.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF page drawn as pixels, as PDFBox renders it: what the window shows as the true page preview. */
public final class PagePreview {
    /** Pixels in ARGB order, row by row. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private PagePreview() {
    }

    public static Pixels render(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            return new Pixels(width, height, image.getRGB(0, 0, width, height, null, 0, width));
        } catch (IOException e) {
            throw new UncheckedIOException("the page could not be drawn", e);
        }
    }
}
