package app.followup.letter;

import java.util.List;
import java.util.function.Function;

/** A piece of a letter's body, laid out by each exporter in its own way. */
public sealed interface Block {

    /**
     * The answer for this kind of block. Java 17 has no {@code switch} over the records of a sealed type (it is a
     * preview there), so this is its exhaustive form: a new kind of block fails to compile in every caller until
     * each of them says what to do with it.
     */
    <T> T match(Function<Paragraph, T> paragraph, Function<ItemList, T> list, Function<Table, T> table);

    /**
     * A paragraph whose last line ends in a colon introduces the list or table right after it: the email keeps
     * them without a blank line between, the PDF keeps them together on one page.
     */
    static boolean introducesList(Block block, Block next) {
        if (!(block instanceof Paragraph paragraph) || next == null || next instanceof Paragraph) {
            return false;
        }
        List<String> lines = paragraph.lines();
        return !lines.isEmpty() && lines.get(lines.size() - 1).endsWith(":");
    }

    /** Lines kept as written: a normal paragraph is one line, a signature several. */
    record Paragraph(List<String> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        @Override
        public <T> T match(Function<Paragraph, T> paragraph, Function<ItemList, T> list, Function<Table, T> table) {
            return paragraph.apply(this);
        }
    }

    /** Bullets, or a numbered list for steps in order. */
    record ItemList(List<String> items, boolean numbered) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }

        @Override
        public <T> T match(Function<Paragraph, T> paragraph, Function<ItemList, T> list, Function<Table, T> table) {
            return list.apply(this);
        }
    }

    /** A ruled table with a header row: the progress plan. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public <T> T match(Function<Paragraph, T> paragraph, Function<ItemList, T> list, Function<Table, T> table) {
            return table.apply(this);
        }
    }
}
