package app.followup.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause a note adds after a case to say it is presented, and to whom: "hvordan vinne tilbake Nortura,
 * presenteres for Tor Arne og Kari" is the case "hvordan vinne tilbake Nortura", presented "for Tor Arne og Kari".
 * The letter then promises to present it on its date, to those people, instead of pasting the clause.
 */
record PresentedTo(String thing, String audience) {
    private static final Pattern CLAUSE = Pattern.compile(
            "(?iu),\\s*present\\p{L}*(?:\\s+((?:for|to|til)\\s+[^,;]+?))?\\s*$");

    /** The detail read this way, or null when it ends in no such clause. */
    static PresentedTo in(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher clause = CLAUSE.matcher(detail);
        if (!clause.find() || clause.start() == 0) {
            return null;
        }
        return new PresentedTo(detail.substring(0, clause.start()).strip(), clause.group(1));
    }
}
