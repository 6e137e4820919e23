package app.followup.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Liberation Serif, read once from the class path and embedded as a subset into each document. */
final class PdfFonts {
    private static final byte[] REGULAR = read("liberation/LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = read("liberation/LiberationSerif-Bold.ttf");

    final GlyphFilter regular;
    final GlyphFilter bold;

    PdfFonts(PDDocument document) throws IOException {
        this.regular = new GlyphFilter(PDType0Font.load(document, new java.io.ByteArrayInputStream(REGULAR), true));
        this.bold = new GlyphFilter(PDType0Font.load(document, new java.io.ByteArrayInputStream(BOLD), true));
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font cannot be read: " + resource, e);
        }
    }
}
