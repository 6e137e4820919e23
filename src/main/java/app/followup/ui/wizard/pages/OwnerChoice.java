package app.followup.ui.wizard.pages;

import app.followup.model.Owner;

/**
 * One choice in a plan row's owner list: me, a person on the employer's side (the step's "who", by the name the
 * letter uses for them), or the employer as a whole (no "who": the letter names the company, or the decision
 * maker for the decision itself).
 */
public record OwnerChoice(Owner owner, String who) {
    public static final OwnerChoice ME = new OwnerChoice(Owner.ME, null);
    public static final OwnerChoice EMPLOYER = new OwnerChoice(Owner.EMPLOYER, null);

    public OwnerChoice {
        owner = owner == null ? Owner.ME : owner;
        // "who" names someone on the employer's side only: a step of mine has no one else to name
        who = owner == Owner.ME || who == null || who.isBlank() ? null : who.strip();
    }

    public static OwnerChoice person(String name) {
        return new OwnerChoice(Owner.EMPLOYER, name);
    }
}
