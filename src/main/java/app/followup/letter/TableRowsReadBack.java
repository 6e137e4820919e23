package app.followup.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plan, as the letter editor shows it ("tir. 1. des. – what (who)", one line a row, see {@link PlainText}),
 * back into the table the generated letter had, so that editing the words of a letter does not turn its PDF table
 * into bullets. A line is a row when it has that form whatever the owner's text; a list with a line that has not
 * stays a list, and {@link #unreadRows} names those lines for the letter page.
 */
public final class TableRowsReadBack {
    /** The first cell holds a date, so it has a digit; the last cells, if any, are in brackets at the end. */
    private static final Pattern ROW = Pattern.compile("^([^–]*\\d[^–]*?) – (.+?)(?: \\(([^()]+)\\))?$");

    private TableRowsReadBack() {
    }

    /** The edited body with each list that reads wholly as rows of the generated letter's table made that table. */
    static List<Block> restore(List<Block> edited, List<Block> generated) {
        Block.Table table = firstTable(generated);
        if (table == null) {
            return edited;
        }
        List<Block> body = new ArrayList<>(edited.size());
        for (Block block : edited) {
            body.add(block.match(paragraph -> block, list -> asTable(list, table), t -> block));
        }
        return body;
    }

    /**
     * The lines of an edited letter's lists that look like part of the plan but cannot be read as table rows:
     * in a list where two or more other lines can. Empty for a generated letter, and when every list is all rows or no rows.
     */
    public static List<String> unreadRows(Letter letter) {
        if (letter == null || !letter.edited()) {
            return List.of();
        }
        List<String> unread = new ArrayList<>();
        for (Block block : letter.body()) {
            if (block instanceof Block.ItemList list && !list.numbered()) {
                List<String> notRows = list.items().stream().filter(item -> !ROW.matcher(item).matches()).toList();
                // two rows at least make it a plan: one line with a date and a dash is just a sentence
                if (list.items().size() - notRows.size() >= 2 && !notRows.isEmpty()) {
                    unread.addAll(notRows);
                }
            }
        }
        return unread;
    }

    private static Block asTable(Block.ItemList list, Block.Table table) {
        if (list.numbered()) {
            return list;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String item : list.items()) {
            List<String> row = row(item, table);
            if (row == null) {
                return list;
            }
            rows.add(row);
        }
        return new Block.Table(table.header(), rows);
    }

    /** The row as the table had it when the line is unchanged (an undated row too), else read from its form. */
    private static List<String> row(String item, Block.Table table) {
        for (List<String> generated : table.rows()) {
            if (PlainText.row(generated).equals(item)) {
                return generated;
            }
        }
        Matcher form = ROW.matcher(item);
        if (!form.matches()) {
            return null;
        }
        int columns = table.header().size();
        List<String> cells = new ArrayList<>(List.of(form.group(1).strip(), form.group(2).strip()));
        if (columns > 2) {
            String rest = form.group(3) == null ? "" : form.group(3).strip();
            // an owner's own commas stay in the last column: "Ingvild, HR" is one person
            cells.addAll(Arrays.asList(rest.split(", ", columns - 2)));
        } else if (form.group(3) != null) {
            cells.set(1, cells.get(1) + " (" + form.group(3).strip() + ")");
        }
        while (cells.size() < columns) {
            cells.add("");
        }
        return cells.subList(0, columns);
    }

    private static Block.Table firstTable(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Block.Table table) {
                return table;
            }
        }
        return null;
    }
}
