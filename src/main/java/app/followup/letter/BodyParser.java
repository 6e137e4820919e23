package app.followup.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a letter body written as plain text: blank lines separate paragraphs; lines starting with "- ", "* " or
 * "• " are bullets, "1. " numbered items, "| a | b |" table rows (the first is the header). Templates and the
 * user's own edits share this one small markup.
 */
public final class BodyParser {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");

    private BodyParser() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (String chunk : PARAGRAPH_BREAK.split(normalised)) {
            parseChunk(chunk, blocks);
        }
        return blocks;
    }

    private static void parseChunk(String chunk, List<Block> blocks) {
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        boolean numbered = false;
        List<List<String>> tableRows = new ArrayList<>();
        for (String raw : chunk.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBERED.matcher(line);
            boolean isTableRow = line.startsWith("|");
            boolean isItem = bullet.matches() || number.matches();
            if (!isItem) {
                flushItems(items, numbered, blocks);
            }
            if (!isTableRow) {
                flushTable(tableRows, blocks);
            }
            if (isTableRow) {
                flushParagraph(paragraph, blocks);
                tableRows.add(cells(line));
            } else if (isItem) {
                flushParagraph(paragraph, blocks);
                boolean thisNumbered = !bullet.matches();
                if (!items.isEmpty() && thisNumbered != numbered) {
                    flushItems(items, numbered, blocks);
                }
                numbered = thisNumbered;
                items.add((bullet.matches() ? bullet.group(1) : number.group(1)).strip());
            } else {
                paragraph.add(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushItems(items, numbered, blocks);
        flushTable(tableRows, blocks);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1);
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Block.Paragraph(lines));
            lines.clear();
        }
    }

    private static void flushItems(List<String> items, boolean numbered, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Block.ItemList(items, numbered));
            items.clear();
        }
    }

    private static void flushTable(List<List<String>> rows, List<Block> blocks) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() == 1) {
            blocks.add(new Block.Paragraph(List.of(String.join(" ", rows.get(0)))));
        } else {
            blocks.add(new Block.Table(rows.get(0), rows.subList(1, rows.size())));
        }
        rows.clear();
    }
}
