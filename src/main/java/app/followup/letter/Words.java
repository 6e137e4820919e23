package app.followup.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text with their places in it and their case-folded spelling, for matching. Words inside an
 * email address, a web address or a file name are left out: "kunder@firma.no" is not a word about customers.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    private static final Pattern ADDRESS = Pattern.compile(".*(@|://|[\\p{L}\\p{N}]\\.[\\p{L}\\p{N}]).*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();

    Words(String text) {
        this.text = text;
        Matcher chunk = CHUNK.matcher(text);
        while (chunk.find()) {
            if (ADDRESS.matcher(chunk.group()).matches()) {
                continue;
            }
            Matcher word = WORD.matcher(text).region(chunk.start(), chunk.end());
            while (word.find()) {
                spans.add(new int[] {word.start(), word.end()});
                folded.add(CaseFolding.fold(word.group()));
            }
        }
    }

    /** The words of a phrase a user listed, folded, and what stands between them (one space for any spacing). */
    static List<List<String>> ofPhrase(String phrase) {
        Words words = new Words(phrase);
        List<String> separators = new ArrayList<>();
        for (int i = 0; i + 1 < words.count(); i++) {
            separators.add(words.separator(i));
        }
        return List.of(List.copyOf(words.folded), separators);
    }

    int count() {
        return spans.size();
    }

    int start(int i) {
        return spans.get(i)[0];
    }

    int end(int i) {
        return spans.get(i)[1];
    }

    String text(int i) {
        return text.substring(start(i), end(i));
    }

    String folded(int i) {
        return folded.get(i);
    }

    /** What stands between word i and the next, spacing reduced to one space. */
    String separator(int i) {
        return SPACE.matcher(text.substring(end(i), start(i + 1))).replaceAll(" ");
    }

    static boolean isWordChar(String text, int index) {
        return index < text.length() && index >= 0 && (Character.isLetterOrDigit(text.codePointAt(index))
                || Character.getType(text.codePointAt(index)) == Character.NON_SPACING_MARK
                || text.charAt(index) == '_');
    }
}
