package app.followup.model;

import java.time.LocalDate;

/** The letter as the user last edited it; the body is plain text, paragraphs separated by a blank line. */
public record EditedLetter(String subject, String body, LocalDate sentOn, Extras extras) {
    public EditedLetter {
        extras = extras == null ? Extras.NONE : extras;
    }

    public EditedLetter withSubject(String value) {
        return new EditedLetter(value, body, sentOn, extras);
    }

    public EditedLetter withBody(String value) {
        return new EditedLetter(subject, value, sentOn, extras);
    }

    public EditedLetter withSentOn(LocalDate value) {
        return new EditedLetter(subject, body, value, extras);
    }
}
