package app.followup.pasted;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of pasted notes: its bullet ("-", "–", "•", "*", "1.") gone, and its label, when it opens with one the
 * notes are sorted by ("Hvorfor: …", "Why: …", or "Årsaker:" alone over the items below it).
 *
 * @param labelKey  the label's key in {@link PastedWords#LABELS}, or null
 * @param label     the label as typed, or null
 * @param text      what follows the label (or the whole line), trimmed; empty for a label alone on its line
 */
record PastedLine(boolean bulleted, String labelKey, String label, String text) {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·]|\\d{1,2}[.)])\\s+");
    /** A label is short: the words before the line's first colon. */
    private static final Pattern LABELLED = Pattern.compile("^(?<label>[^:\\d]{1,40}?)\\s*:\\s*(?<rest>.*)$");

    static PastedLine of(String line, PastedWords words) {
        Matcher bullet = BULLET.matcher(line);
        boolean bulleted = bullet.find();
        String text = (bulleted ? line.substring(bullet.end()) : line).strip();
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.matches()) {
            String key = words.labelKey(labelled.group("label"));
            if (key != null) {
                return new PastedLine(bulleted, key, labelled.group("label").strip(), labelled.group("rest").strip());
            }
        }
        return new PastedLine(bulleted, null, null, text);
    }

    static boolean isBulleted(String line) {
        return BULLET.matcher(line).find();
    }

    boolean isLabelled() {
        return labelKey != null;
    }
}
