package app.followup.pasted;

import app.followup.letter.DatesInText;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The heading a salesperson writes over the notes: "Notater fra andre intervju, Fjordkraft Solutions, lørdag 28.
 * november (skrevet på papir under intervjuet)" names the employer and the interview's day, as does a heading of
 * only those ("Fjordkraft Solutions, 28. november"). The bracketed remark is about the notes, not the interview,
 * and is dropped.
 */
record NotesHeading(String employer, LocalDate date) {
    private static final Pattern REMARK = Pattern.compile("\\s*\\([^)]*\\)");

    /** The heading the line is, or null when it is none: a line that opens with a heading word or names a day. */
    static NotesHeading of(String line, PastedWords words, LocalDate around) {
        String text = REMARK.matcher(line).replaceAll("").strip();
        if (text.isEmpty() || text.endsWith(":") || PastedLine.isBulleted(line)) {
            return null;
        }
        boolean opensAsHeading = words.openingOf("heading", text) != null;
        List<DatesInText.Found> dates = DatesInText.in(text, around);
        if (!opensAsHeading && (dates.isEmpty() || !isShortList(text))) {
            return null;
        }
        LocalDate date = dates.isEmpty() ? null : dates.get(0).date();
        String employer = null;
        String[] parts = text.split("\\s*,\\s*");
        for (int i = opensAsHeading ? 1 : 0; i < parts.length && employer == null; i++) {
            if (!parts[i].isBlank() && DatesInText.in(parts[i], around).isEmpty()) {
                employer = parts[i].strip();
            }
        }
        return new NotesHeading(employer, date);
    }

    /** "Fjordkraft Solutions, lørdag 28. november": a few short parts, not a sentence that names a day. */
    private static boolean isShortList(String text) {
        String[] parts = text.split("\\s*,\\s*");
        if (parts.length < 2 || parts.length > 4 || text.matches("(?s).*[.!?]\\s+\\p{Lu}.*")) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.strip().split("\\s+").length > 5) {
                return false;
            }
        }
        return true;
    }
}
