package app.followup.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes body blocks as plain text: paragraphs separated by a blank line, bullets as "- ", numbered items as
 * "1. ", table rows as bullets. {@link BodyParser} reads the same text back, so an edited letter keeps its lists,
 * and {@link TableRowsReadBack} its table.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                text.append(Block.introducesList(previous, block) ? "\n" : "\n\n");
            }
            text.append(of(block));
            previous = block;
        }
        return text.toString();
    }

    private static String of(Block block) {
        return block.match(paragraph -> String.join("\n", paragraph.lines()), PlainText::items, PlainText::rows);
    }

    private static String items(Block.ItemList list) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            lines.add((list.numbered() ? (i + 1) + ". " : "- ") + list.items().get(i));
        }
        return String.join("\n", lines);
    }

    private static String rows(Block.Table table) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : table.rows()) {
            lines.add("- " + row(row));
        }
        return String.join("\n", lines);
    }

    /** "tir. 1. des. – what (owner)": reads naturally in an email, where a table has no columns. */
    static String row(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() < 2) {
            return String.join("", filled);
        }
        String rest = filled.size() > 2 ? " (" + String.join(", ", filled.subList(2, filled.size())) + ")" : "";
        return filled.get(0) + " – " + filled.get(1) + rest;
    }
}
