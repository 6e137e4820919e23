package app.followup.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF drawn as pixels, as PDFBox renders them: what the window shows as the true preview. */
public final class PagePreview {
    /** PDF's own unit: 72 points to the inch. */
    public static final float POINTS_PER_INCH = 72f;

    /** Pixels in ARGB order, row by row. */
    public record Pixels(int width, int height, int[] argb) {
    }

    /** Every page of one PDF, drawn at one resolution; a page's size in points is its pixels over the scale. */
    public record Pages(List<Pixels> pages, float pixelsPerPoint) {
        public Pages {
            pages = List.copyOf(pages);
        }

        public int count() {
            return pages.size();
        }

        public double widthInPoints(int page) {
            return pages.get(page).width() / pixelsPerPoint;
        }

        public double heightInPoints(int page) {
            return pages.get(page).height() / pixelsPerPoint;
        }
    }

    private PagePreview() {
    }

    /** Every page, at the given resolution (1 = one pixel per point, 72 dpi). */
    public static Pages render(byte[] pdf, float pixelsPerPoint) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Pixels> pages = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImage(page, pixelsPerPoint, ImageType.RGB);
                int width = image.getWidth();
                int height = image.getHeight();
                pages.add(new Pixels(width, height, image.getRGB(0, 0, width, height, null, 0, width)));
            }
            return new Pages(pages, pixelsPerPoint);
        } catch (IOException e) {
            throw new UncheckedIOException("the pages could not be drawn", e);
        }
    }
}
