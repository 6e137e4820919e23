package app.followup.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a note inside quotation marks ("…", «…», “…”): someone's own words, which the letter never changes. */
final class Quoted {
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"]*\"|«[^»]*»|“[^”]*”");

    private Quoted() {
    }

    /** True when the character at {@code index} stands inside a quotation. */
    static boolean contains(String text, int index) {
        Matcher matcher = QUOTATION.matcher(text);
        while (matcher.find()) {
            if (index > matcher.start() && index < matcher.end()) {
                return true;
            }
            if (matcher.start() > index) {
                return false;
            }
        }
        return false;
    }
}
