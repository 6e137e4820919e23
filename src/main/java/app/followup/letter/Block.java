package app.followup.letter;

import java.util.List;

/** A piece of a letter's body, laid out by each exporter in its own way. */
public sealed interface Block {

    /** Lines kept as written: a normal paragraph is one line, a signature several. */
    record Paragraph(List<String> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }
    }

    /** Bullets, or a numbered list for steps in order. */
    record ItemList(List<String> items, boolean numbered) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** A ruled table with a header row: the progress plan. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
