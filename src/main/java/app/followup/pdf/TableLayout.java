package app.followup.pdf;

import app.followup.letter.Block;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A ruled table across the text width; the header row is repeated when the table continues on a new page. */
final class TableLayout {
    private static final float SIZE = 10f;
    private static final float LEADING = 13f;
    private static final float PAD = 5f;
    private static final float[] WEIGHTS_OF_THREE = {0.27f, 0.50f, 0.23f};

    private final PageFlow flow;
    private final PdfFonts fonts;

    TableLayout(PageFlow flow, PdfFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    void layout(Block.Table table) throws IOException {
        layoutInColumns(table, widths(table.header().size()));
    }

    /** Lays the table out with columns of the given shares of the text width. */
    void layout(Block.Table table, float[] shares) throws IOException {
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = flow.width() * shares[i];
        }
        layoutInColumns(table, widths);
    }

    private void layoutInColumns(Block.Table table, float[] widths) throws IOException {
        List<List<String>> header = wrapRow(table.header(), widths, fonts.bold);
        flow.ensureSpace(height(header) * 2);
        drawRow(header, widths, true);
        for (List<String> row : table.rows()) {
            List<List<String>> cells = wrapRow(row, widths, fonts.regular);
            if (flow.y() - height(cells) < PageFlow.BOTTOM) {
                flow.newPage();
                drawRow(header, widths, true);
            }
            drawRow(cells, widths, false);
        }
    }

    /** Roughly how tall the table will be: one line per cell, plus padding. */
    static float estimatedHeight(Block.Table table) {
        return (table.rows().size() + 1) * (LEADING + 2 * PAD) + LEADING;
    }

    private float[] widths(int columns) {
        float total = flow.width();
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = total * (columns == 3 ? WEIGHTS_OF_THREE[i] : 1f / columns);
        }
        return widths;
    }

    private List<List<String>> wrapRow(List<String> row, float[] widths, GlyphFilter glyphs) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.size() ? row.get(i) : "";
            cells.add(LineWrapper.wrap(glyphs.clean(text), glyphs, SIZE, widths[i] - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LEADING + 2 * PAD;
    }

    private void drawRow(List<List<String>> cells, float[] widths, boolean header) throws IOException {
        float height = height(cells);
        float top = flow.y();
        if (header) {
            flow.fill(PageFlow.LEFT, top - height, flow.width(), height, LetterPdf.HEADER_FILL);
            flow.rule(PageFlow.LEFT, PageFlow.RIGHT, top, 0.8f, LetterPdf.RULE);
        }
        GlyphFilter glyphs = header ? fonts.bold : fonts.regular;
        float x = PageFlow.LEFT;
        for (int i = 0; i < widths.length; i++) {
            float baseline = top - PAD - SIZE;
            for (String line : cells.get(i)) {
                flow.text(glyphs, SIZE, x + PAD, baseline, line, LetterPdf.INK);
                baseline -= LEADING;
            }
            x += widths[i];
        }
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, top - height, header ? 0.8f : 0.4f, LetterPdf.RULE);
        flow.down(height);
    }
}
