package app.followup.letter;

import app.followup.model.Language;
import java.util.List;

/**
 * A finished letter, ready for the exporters: they lay it out and never look at the notes.
 *
 * @param senderLines    the letterhead: the candidate's name, address, phone and email
 * @param recipientLines the addressee block: names, titles, employer and its address
 * @param placeAndDate   for example "Oslo, 27. november 2026"
 * @param edited         true when the text is the user's own edit rather than rendered from the notes
 * @param reminders      the steps the candidate owns, with dates: for the calendar
 * @param copyLine       "Kopi: Hanne Solberg, Ingrid Lie (Ramsvik Rekruttering)": who else received the letter, for
 *                       the printed letter (the email says it in its Cc); null when nobody else did
 */
public record Letter(
        Language language,
        String subject,
        List<Block> body,
        List<String> senderLines,
        List<String> recipientLines,
        String placeAndDate,
        String author,
        List<Recipient> to,
        List<Recipient> cc,
        boolean edited,
        List<Reminder> reminders,
        String copyLine) {

    public Letter {
        body = List.copyOf(body);
        senderLines = List.copyOf(senderLines);
        recipientLines = List.copyOf(recipientLines);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
    }

    /** A letter without a copy line, as tests and the warm-up build them. */
    public Letter(Language language, String subject, List<Block> body, List<String> senderLines,
                  List<String> recipientLines, String placeAndDate, String author, List<Recipient> to,
                  List<Recipient> cc, boolean edited, List<Reminder> reminders) {
        this(language, subject, body, senderLines, recipientLines, placeAndDate, author, to, cc, edited, reminders,
                null);
    }

    /** The body as plain text, as it goes into an email or the letter editor. */
    public String bodyText() {
        return PlainText.of(body);
    }
}
