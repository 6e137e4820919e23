package app.followup.model;

import java.time.LocalDate;

/** A step with a date and an owner: the next step, or a milestone of the progress plan. */
public record Step(String what, LocalDate date, Owner owner, Extras extras) {
    public Step {
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Step of(String what, LocalDate date, Owner owner) {
        return new Step(what, date, owner, Extras.NONE);
    }
}
