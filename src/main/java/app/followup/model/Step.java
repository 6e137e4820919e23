package app.followup.model;

import java.time.LocalDate;

/**
 * A step with a date and an owner: the next step, or a milestone of the progress plan. {@code who} names the
 * person on the employer's side when the employer owns it; {@code id} keeps a milestone's calendar event stable
 * across edits.
 */
public record Step(String what, LocalDate date, Owner owner, String who, String id, Extras extras) {
    public Step {
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Step of(String what, LocalDate date, Owner owner) {
        return new Step(what, date, owner, null, null, Extras.NONE);
    }

    public boolean isMine() {
        return owner != Owner.EMPLOYER;
    }

    public Step withWhat(String value) {
        return new Step(value, date, owner, who, id, extras);
    }

    public Step withDate(LocalDate value) {
        return new Step(what, value, owner, who, id, extras);
    }

    public Step withOwner(Owner value) {
        return new Step(what, date, value, who, id, extras);
    }

    public Step withWho(String value) {
        return new Step(what, date, owner, value, id, extras);
    }

    public Step withId(String value) {
        return new Step(what, date, owner, who, value, extras);
    }
}
