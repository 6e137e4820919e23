package app.followup.model;

import java.time.LocalDate;

/** A short follow-up sent after the round's letter when the employer went quiet. */
public record Nudge(LocalDate sentOn, String subject, String body, Extras extras) {
    public Nudge {
        extras = extras == null ? Extras.NONE : extras;
    }
}
