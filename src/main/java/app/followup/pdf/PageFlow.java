package app.followup.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A4 pages filled from top to bottom: the cursor moves down and a new page starts when the next piece won't fit. */
final class PageFlow implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 70f;
    static final float RIGHT = SIZE.getWidth() - 62f;
    static final float TOP = SIZE.getHeight() - 48f;
    /** Where the text starts on pages after the first, below the running header. */
    static final float CONTINUATION_TOP = TOP - 34f;
    static final float BOTTOM = 62f;

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    PageFlow(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    float width() {
        return RIGHT - LEFT;
    }

    /** Starts a new page unless the given height still fits above the bottom margin. */
    void ensureSpace(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    float spaceLeft() {
        return y - BOTTOM;
    }

    /** True when nothing has been put on this page yet: moving on would only leave it empty. */
    boolean atPageTop() {
        return y == top();
    }

    private float top() {
        return pages > 1 ? CONTINUATION_TOP : TOP;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages++;
        stream = new PDPageContentStream(document, page);
        y = top();
    }

    /** Draws one line of already cleaned text with its baseline at {@code baseline}. */
    void text(GlyphFilter glyphs, float size, float x, float baseline, String cleanText, Rgb color)
            throws IOException {
        if (cleanText.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(color.red(), color.green(), color.blue());
        stream.newLineAtOffset(x, baseline);
        show(stream, glyphs, size, cleanText);
        stream.endText();
    }

    /** Shows a line inside a text object, switching to the fallback font where the primary lacks a glyph. */
    static void show(PDPageContentStream stream, GlyphFilter glyphs, float size, String cleanText)
            throws IOException {
        // a no-break space only guides the line breaks: drawn as a plain space (the same width in both fonts), the
        // text a reader copies or searches for has ordinary spaces
        for (GlyphFilter.Run run : glyphs.runs(VisualOrder.of(cleanText.replace('\u00A0', ' ')))) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
    }

    void rule(float x1, float x2, float atY, float thickness, Rgb color) throws IOException {
        stream.setStrokingColor(color.red(), color.green(), color.blue());
        stream.setLineWidth(thickness);
        stream.moveTo(x1, atY);
        stream.lineTo(x2, atY);
        stream.stroke();
    }

    void fill(float x, float bottom, float width, float height, Rgb color) throws IOException {
        stream.setNonStrokingColor(color.red(), color.green(), color.blue());
        stream.addRect(x, bottom, width, height);
        stream.fill();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
