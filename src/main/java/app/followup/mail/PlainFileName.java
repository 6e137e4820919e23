package app.followup.mail;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A file name in plain ASCII that still reads as the words it came from: "møtet" becomes "motet", "Ærlig" "Aerlig",
 * "café" "cafe". On a system whose file names cannot hold "ø" (no UTF-8 locale: Java then names files in ASCII), a
 * suggested name with it could not be saved at all; testers lost their PDF that way without a word.
 */
public final class PlainFileName {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("\\p{Pd}");
    /** Quotes and apostrophes go without a trace: "Candidate’s" must not become "Candidate s". */
    private static final Pattern QUOTES = Pattern.compile("[\\p{Pi}\\p{Pf}'\"`´]");
    private static final Pattern NOT_PLAIN = Pattern.compile("[^\\x20-\\x7E]");

    private PlainFileName() {
    }

    /** The text with every letter outside ASCII spelt in ASCII, and any other such character left out. */
    public static String of(String text) {
        String spelt = text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
                .replace("å", "a").replace("Å", "A").replace("ß", "ss").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        String unmarked = MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFD)).replaceAll("");
        String quotesGone = QUOTES.matcher(DASHES.matcher(unmarked).replaceAll("-")).replaceAll("");
        return NOT_PLAIN.matcher(quotesGone).replaceAll(" ");
    }
}
