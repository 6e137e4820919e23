package app.followup.pdf;

import app.followup.letter.Block;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The end of a letter, laid out as one piece that never breaks across pages: the short line inviting correction,
 * the greeting with the signature, and the copy line ("Kopi: …"). The signature's own lines that repeat the
 * letterhead (an address or email address under the name) are left out: the letterhead already carries them.
 *
 * @param start the index of the body's first block that belongs to the close
 * @param lines the close's lines, each with the space above it
 */
record Close(int start, List<Line> lines) {
    /** Wrapped lines of a last paragraph that still make a greeting and signature ("Med vennlig hilsen", name). */
    private static final int SIGNATURE_MAX = 6;
    /** Wrapped lines of the closing line paragraph that still count as a short close, not a body paragraph. */
    private static final int CLOSING_LINE_MAX = 3;
    /** Room between the greeting and the name, as in a printed letter. */
    private static final float SIGNATURE_GAP = LetterPdf.LEADING;
    private static final float COPY_GAP = LetterPdf.LEADING;

    record Line(String text, float spaceAbove) {
    }

    /**
     * Finds the close at the end of the body: the greeting and signature are a short last paragraph (a name under
     * the greeting when it has several lines), the closing line a short paragraph right before it.
     */
    static Close of(List<Block> body, List<String> letterhead, String copyLine, Function<String, List<String>> wrap) {
        int start = body.size();
        List<Line> lines = new ArrayList<>();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Block.Paragraph signature
                && !signature.lines().isEmpty() && wrapped(signature.lines(), wrap).size() <= SIGNATURE_MAX) {
            start--;
            if (start > 0 && body.get(start - 1) instanceof Block.Paragraph closing
                    && wrapped(closing.lines(), wrap).size() <= CLOSING_LINE_MAX) {
                start--;
                add(lines, wrapped(closing.lines(), wrap), 0);
            }
            List<String> signatureLines = withoutLetterhead(signature.lines(), letterhead);
            add(lines, wrap.apply(signatureLines.get(0)), lines.isEmpty() ? 0 : BodyLayout.PARAGRAPH_GAP);
            add(lines, wrapped(signatureLines.subList(1, signatureLines.size()), wrap), SIGNATURE_GAP);
        }
        if (copyLine != null && !copyLine.isBlank()) {
            add(lines, wrap.apply(copyLine), start == 0 && lines.isEmpty() ? 0 : COPY_GAP);
        }
        return new Close(start, List.copyOf(lines));
    }

    private static List<String> wrapped(List<String> lines, Function<String, List<String>> wrap) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(wrap.apply(line));
        }
        return out;
    }

    private static void add(List<Line> lines, List<String> texts, float spaceAbove) {
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(texts.get(i), i == 0 ? spaceAbove : 0));
        }
    }

    /** The signature's lines, less those that only repeat a letterhead line below the sender's name. */
    private static List<String> withoutLetterhead(List<String> signature, List<String> letterhead) {
        List<String> contact = letterhead.size() > 1
                ? letterhead.subList(1, letterhead.size()).stream().map(String::strip).toList() : List.of();
        List<String> kept = new ArrayList<>(List.of(signature.get(0)));
        for (String line : signature.subList(1, signature.size())) {
            if (!contact.contains(line.strip())) {
                kept.add(line);
            }
        }
        return kept;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    float height() {
        float height = 0;
        for (Line line : lines) {
            height += line.spaceAbove() + LetterPdf.LEADING;
        }
        return height;
    }

    /** Moves to a new page first unless the whole close fits on this one. */
    void draw(PageFlow flow, GlyphFilter glyphs) throws IOException {
        if (isEmpty()) {
            return;
        }
        flow.ensureSpace(height());
        for (Line line : lines) {
            flow.down(line.spaceAbove());
            flow.ensureSpace(LetterPdf.LEADING);
            flow.text(glyphs, LetterPdf.BODY_SIZE, PageFlow.LEFT, flow.y() - LetterPdf.BODY_SIZE, line.text(),
                    LetterPdf.INK);
            flow.down(LetterPdf.LEADING);
        }
    }
}
