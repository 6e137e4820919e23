package app.followup.pdf;

import app.followup.letter.Block;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the letter's body the way a careful typist would: a paragraph breaks between pages only with at least
 * two of its lines on each side, a lead-in ending in ":" stays with the start of its list or table, and the close
 * (see {@link Close}) stays on one page together with the end of what comes before it.
 */
final class BodyLayout {
    static final float PARAGRAPH_GAP = 7f;
    private static final float LEAD_IN_GAP = 2f;
    private static final float ITEM_GAP = 2f;
    private static final int MIN_LINES_AT_BREAK = 2;
    private static final float SIZE = LetterPdf.BODY_SIZE;
    private static final float LEADING = LetterPdf.LEADING;

    private final PageFlow flow;
    private final PdfFonts fonts;

    BodyLayout(PageFlow flow, PdfFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    /**
     * @param letterhead the sender lines printed at the top, which the signature need not repeat
     * @param copyLine   "Kopi: …", or null
     */
    void layout(List<Block> body, List<String> letterhead, String copyLine) throws IOException {
        Close close = Close.of(body, letterhead, copyLine, this::wrap);
        for (int i = 0; i < close.start(); i++) {
            Block next = i + 1 < body.size() ? body.get(i + 1) : null;
            float keep = i == close.start() - 1 && !close.isEmpty() ? PARAGRAPH_GAP + close.height() : 0;
            block(body.get(i), next, keep);
        }
        close.draw(flow, fonts.regular);
    }

    List<String> wrap(String text) {
        return LineWrapper.wrap(fonts.regular.clean(text), fonts.regular, SIZE, flow.width());
    }

    /** Lays out one block; {@code keep} is the height of what must follow its end on the same page. */
    private void block(Block block, Block next, float keep) throws IOException {
        boolean leadsIn = Block.introducesList(block, next);
        Drawing drawing = block.match(
                paragraph -> () -> lines(wrapped(paragraph), leadsIn ? LEAD_IN_GAP + startHeight(next) : keep),
                list -> () -> items(list, keep),
                table -> () -> new TableLayout(flow, fonts, table).layout(keep));
        drawing.draw();
        flow.down(leadsIn ? LEAD_IN_GAP : PARAGRAPH_GAP);
    }

    /** A block's drawing, as {@link Block#match} returns it: drawing throws PDFBox's IOException, a Function cannot. */
    private interface Drawing {
        void draw() throws IOException;
    }

    private List<String> wrapped(Block.Paragraph paragraph) {
        List<String> lines = new ArrayList<>();
        for (String line : paragraph.lines()) {
            lines.addAll(wrap(line));
        }
        return lines;
    }

    /** What of a list or table must stand on the page where it starts: a small table whole, else its start. */
    private float startHeight(Block block) {
        return block.match(paragraph -> 0f, list -> {
            if (list.items().isEmpty()) {
                return 0f;
            }
            int lines = wrapItem(list.items().get(0)).size();
            return Math.min(lines, MIN_LINES_AT_BREAK) * LEADING;
        }, table -> {
            TableLayout layout = new TableLayout(flow, fonts, table);
            float whole = layout.height();
            return whole < (PageFlow.TOP - PageFlow.BOTTOM) / 2 ? whole : layout.startHeight();
        });
    }

    /**
     * Lines of a paragraph, broken between pages with at least two lines on each side when it can be, and with
     * its last lines on the same page as {@code keep} points of what follows.
     */
    private void lines(List<String> lines, float keep) throws IOException {
        int from = 0;
        while (from < lines.size()) {
            int remaining = lines.size() - from;
            if (remaining * LEADING + keep <= flow.spaceLeft()) {
                draw(lines, from, lines.size());
                return;
            }
            int fit = (int) (flow.spaceLeft() / LEADING);
            int here = Math.min(fit, remaining - MIN_LINES_AT_BREAK);
            if (here < MIN_LINES_AT_BREAK) {
                if (!flow.atPageTop()) {
                    flow.newPage();
                    continue;
                }
                // a fresh page cannot hold the rest with what must follow: fill it, keeping the rules where it can
                here = remaining <= MIN_LINES_AT_BREAK ? remaining : Math.max(1, Math.min(fit, remaining - 1));
            }
            draw(lines, from, from + here);
            from += here;
            if (from < lines.size()) {
                flow.newPage();
            }
        }
    }

    private void draw(List<String> lines, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            flow.ensureSpace(LEADING);
            flow.text(fonts.regular, SIZE, PageFlow.LEFT, flow.y() - SIZE, lines.get(i), LetterPdf.INK);
            flow.down(LEADING);
        }
    }

    private List<String> wrapItem(String item) {
        return LineWrapper.wrap(fonts.regular.clean(item), fonts.regular, SIZE, PageFlow.RIGHT - itemTextX());
    }

    private static float itemTextX() {
        return PageFlow.LEFT + 22;
    }

    private void items(Block.ItemList list, float keep) throws IOException {
        float markX = PageFlow.LEFT + 8;
        for (int i = 0; i < list.items().size(); i++) {
            String mark = list.numbered() ? (i + 1) + "." : "•";
            List<String> lines = wrapItem(list.items().get(i));
            boolean last = i == list.items().size() - 1;
            float whole = Math.min(lines.size(), 3) * LEADING + (last ? ITEM_GAP + keep : 0);
            if (!flow.atPageTop()) {
                flow.ensureSpace(whole);
            }
            flow.ensureSpace(LEADING);
            flow.text(fonts.regular, SIZE, markX, flow.y() - SIZE, mark, LetterPdf.INK);
            for (String line : lines) {
                flow.ensureSpace(LEADING);
                flow.text(fonts.regular, SIZE, itemTextX(), flow.y() - SIZE, line, LetterPdf.INK);
                flow.down(LEADING);
            }
            flow.down(ITEM_GAP);
        }
    }
}
