package app.followup.pdf;

import app.followup.letter.Block;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table across the text width. The header row never stands alone at the foot of a page: it goes with the
 * first row, and is repeated when the table continues on a new page.
 */
final class TableLayout {
    private static final float SIZE = 10f;
    private static final float LEADING = 13f;
    private static final float PAD = 4.5f;
    /** Room between a fitted column's longest text and the next column's, beyond the cells' padding. */
    private static final float COLUMN_SPACE = 12f;
    private static final float[] WEIGHTS_OF_THREE = {0.27f, 0.50f, 0.23f};

    private final PageFlow flow;
    private final PdfFonts fonts;
    private final float[] widths;
    private final List<List<String>> header;
    private final List<List<List<String>>> rows = new ArrayList<>();

    /** Wraps every cell at once, so that the table's height is known before it is drawn. */
    TableLayout(PageFlow flow, PdfFonts fonts, Block.Table table) {
        this(flow, fonts, table, null);
    }

    /** With columns of the given shares of the text width (null: equal, or the plan's three). */
    TableLayout(PageFlow flow, PdfFonts fonts, Block.Table table, float[] shares) {
        this.flow = flow;
        this.fonts = fonts;
        this.widths = shares == null ? fitted(table, widths(flow.width(), table.header().size()))
                : scaled(flow.width(), shares);
        this.header = wrapRow(table.header(), fonts.bold);
        for (List<String> row : table.rows()) {
            rows.add(wrapRow(row, fonts.regular));
        }
    }

    float height() {
        float height = height(header);
        for (List<List<String>> row : rows) {
            height += height(row);
        }
        return height;
    }

    /** The header and the first row: what must stand together wherever the table starts. */
    float startHeight() {
        return height(header) + (rows.isEmpty() ? 0 : height(rows.get(0)));
    }

    /**
     * Draws the table; {@code keepWithLastRow} is the height of what must follow the last row on the same page
     * (the letter's close).
     */
    void layout(float keepWithLastRow) throws IOException {
        float firstRowKeep = rows.size() == 1 ? keepWithLastRow : 0;
        flow.ensureSpace(startHeight() + firstRowKeep);
        drawRow(header, true);
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> cells = rows.get(i);
            float keep = i == rows.size() - 1 ? keepWithLastRow : 0;
            if (!flow.fits(height(cells) + keep)) {
                flow.newPage();
                drawRow(header, true);
            }
            if (flow.fits(height(cells))) {
                drawRow(cells, false);
            } else {
                drawTallRow(cells);
            }
        }
    }

    /** A row taller than a page (a pasted document in one cell) goes on in slices, each under the header. */
    private void drawTallRow(List<List<String>> cells) throws IOException {
        int total = lines(cells);
        int from = 0;
        while (from < total) {
            int fit = Math.max(1, (int) ((flow.spaceLeft() - 2 * PAD) / LEADING));
            int to = Math.min(total, from + fit);
            drawRow(slice(cells, from, to), false);
            from = to;
            if (from < total) {
                flow.newPage();
                drawRow(header, true);
            }
        }
    }

    private static List<List<String>> slice(List<List<String>> cells, int from, int to) {
        List<List<String>> slice = new ArrayList<>();
        for (List<String> cell : cells) {
            slice.add(cell.subList(Math.min(from, cell.size()), Math.min(to, cell.size())));
        }
        return slice;
    }

    private static float[] widths(float total, int columns) {
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = total * (columns == 3 ? WEIGHTS_OF_THREE[i] : 1f / columns);
        }
        return widths;
    }

    /**
     * The plan's date and owner are short ("Tue 1 Dec", "me"): each is as wide as its longest cell, within its share,
     * and the milestone takes the rest. With fixed shares the milestone wrapped and left "sent" alone on a line
     * beside two half-empty columns (a tester's PDF).
     */
    private float[] fitted(Block.Table table, float[] shares) {
        if (shares.length != 3) {
            return shares;
        }
        float[] widths = shares.clone();
        for (int column : new int[] {0, 2}) {
            float longest = fonts.bold.width(fonts.bold.clean(table.header().get(column)), SIZE);
            for (List<String> row : table.rows()) {
                String cell = column < row.size() ? row.get(column) : "";
                longest = Math.max(longest, fonts.regular.width(fonts.regular.clean(cell), SIZE));
            }
            widths[column] = Math.min(shares[column], longest + 2 * PAD + COLUMN_SPACE);
        }
        widths[1] = shares[0] + shares[1] + shares[2] - widths[0] - widths[2];
        return widths;
    }

    private static float[] scaled(float total, float[] shares) {
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = total * shares[i];
        }
        return widths;
    }

    private List<List<String>> wrapRow(List<String> row, GlyphFilter glyphs) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.size() ? row.get(i) : "";
            cells.add(LineWrapper.wrap(glyphs.clean(text), glyphs, SIZE, widths[i] - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        return lines(cells) * LEADING + 2 * PAD;
    }

    private static int lines(List<List<String>> cells) {
        return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
    }

    private void drawRow(List<List<String>> cells, boolean isHeader) throws IOException {
        float height = height(cells);
        float top = flow.y();
        if (isHeader) {
            flow.fill(PageFlow.LEFT, top - height, flow.width(), height, LetterPdf.HEADER_FILL);
            flow.rule(PageFlow.LEFT, PageFlow.RIGHT, top, 0.8f, LetterPdf.RULE);
        }
        GlyphFilter glyphs = isHeader ? fonts.bold : fonts.regular;
        float x = PageFlow.LEFT;
        for (int i = 0; i < widths.length; i++) {
            float baseline = top - PAD - SIZE + 1;
            for (String line : cells.get(i)) {
                flow.text(glyphs, SIZE, x + PAD, baseline, line, LetterPdf.INK);
                baseline -= LEADING;
            }
            x += widths[i];
        }
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, top - height, isHeader ? 0.8f : 0.4f, LetterPdf.RULE);
        flow.down(height);
    }
}
