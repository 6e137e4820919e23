package app.followup.letter;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a letter written from the notes, for a person to read: only the lines that
 * changed, each word by word (kept, removed, added). Lines are aligned first, so that a changed date shows as one
 * line with one word swapped, not as a paragraph removed and another added.
 */
public final class LetterChanges {
    /** Words and the spaces between them, each its own token, so that the text joins back exactly. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind { KEPT, REMOVED, ADDED }

    public record Piece(Kind kind, String text) {
    }

    /** One changed line of the subject or the body, in reading order. */
    public record Line(boolean subject, List<Piece> pieces) {
        public Line {
            pieces = List.copyOf(pieces);
        }

        /**
         * The line with only a few words kept on each side of a change, the rest left out with "…": a long
         * paragraph where one date changed reads as that date in its sentence.
         */
        public Line aroundChanges(int words) {
            List<Piece> shortened = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                if (piece.kind() != Kind.KEPT) {
                    shortened.add(piece);
                    continue;
                }
                List<String> tokens = tokens(piece.text());
                boolean first = i == 0;
                boolean last = i == pieces.size() - 1;
                int kept = (first ? 0 : words) + (last ? 0 : words);
                if (wordCount(tokens) <= kept + 1) {
                    shortened.add(piece);
                    continue;
                }
                String head = first ? "" : String.join("", tokens.subList(0, endOfWords(tokens, words))) + " ";
                String tail = last ? "" : " " + String.join("", tokens.subList(startOfLastWords(tokens, words),
                        tokens.size()));
                shortened.add(new Piece(Kind.KEPT, (head.isBlank() ? "" : head) + "…"
                        + (tail.isBlank() ? "" : tail)));
            }
            return new Line(subject, shortened);
        }
    }

    private LetterChanges() {
    }

    /** The changed lines from the old letter to the new one: the subject's first, then the body's; none if equal. */
    public static List<Line> between(String oldSubject, String oldBody, String newSubject, String newBody) {
        List<Line> changes = new ArrayList<>();
        if (!oldSubject.equals(newSubject)) {
            changes.add(new Line(true, words(oldSubject, newSubject)));
        }
        for (AbstractDelta<String> delta : DiffUtils.diff(lines(oldBody), lines(newBody)).getDeltas()) {
            changes.add(new Line(false, words(joined(delta.getSource()), joined(delta.getTarget()))));
        }
        return changes;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private static String joined(Chunk<String> chunk) {
        return String.join("\n", chunk.getLines());
    }

    /**
     * Word by word; changes with only a space between them become one ("tirsdag 1." for "onsdag 9."), which reads
     * better than two changes around a kept space.
     */
    private static List<Piece> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            List<String> between = old.subList(at, delta.getSource().getPosition());
            String gap = String.join("", between);
            if (!removed.isEmpty() || !added.isEmpty()) {
                if (gap.isBlank()) {
                    removed.append(gap);
                    added.append(gap);
                } else {
                    flush(pieces, removed, added);
                    add(pieces, Kind.KEPT, between);
                }
            } else {
                add(pieces, Kind.KEPT, between);
            }
            removed.append(String.join("", delta.getSource().getLines()));
            added.append(String.join("", delta.getTarget().getLines()));
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        flush(pieces, removed, added);
        add(pieces, Kind.KEPT, old.subList(at, old.size()));
        return pieces;
    }

    private static void flush(List<Piece> pieces, StringBuilder removed, StringBuilder added) {
        add(pieces, Kind.REMOVED, removed.toString().isBlank() ? List.of() : List.of(removed.toString()));
        add(pieces, Kind.ADDED, added.toString().isBlank() ? List.of() : List.of(added.toString()));
        removed.setLength(0);
        added.setLength(0);
    }

    private static int wordCount(List<String> tokens) {
        return (int) tokens.stream().filter(token -> !token.isBlank()).count();
    }

    /** The index just after the first {@code words} words. */
    private static int endOfWords(List<String> tokens, int words) {
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isBlank() && ++seen == words) {
                return i + 1;
            }
        }
        return tokens.size();
    }

    /** The index of the first of the last {@code words} words. */
    private static int startOfLastWords(List<String> tokens, int words) {
        int seen = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).isBlank() && ++seen == words) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Runs of one kind become one piece, so that "12. desember" reads as one change, not two words and a space. */
    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}
