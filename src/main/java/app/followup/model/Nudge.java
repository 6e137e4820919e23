package app.followup.model;

import java.time.LocalDate;

/**
 * A short follow-up sent after the round's letter when the employer went quiet. {@code proposed} is the step with a
 * date the candidate owns that the letter proposes (the call, or the day the application is closed unless the
 * employer answers); null in a nudge recorded before proposals were kept, or when the user gave no day.
 */
public record Nudge(LocalDate sentOn, String subject, String body, Step proposed, Extras extras) {
    public Nudge {
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A nudge that proposes no step of the candidate's. */
    public Nudge(LocalDate sentOn, String subject, String body, Extras extras) {
        this(sentOn, subject, body, null, extras);
    }
}
