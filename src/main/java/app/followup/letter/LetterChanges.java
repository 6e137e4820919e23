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

    private static List<Piece> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(pieces, Kind.KEPT, old.subList(at, delta.getSource().getPosition()));
            add(pieces, Kind.REMOVED, delta.getSource().getLines());
            add(pieces, Kind.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Kind.KEPT, old.subList(at, old.size()));
        return pieces;
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
