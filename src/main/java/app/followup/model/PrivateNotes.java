package app.followup.model;

/** The candidate's own notes: never part of a letter, email or export. */
public record PrivateNotes(String salaryExpectation, String coreTask, Integer interestFit, Integer strengthFit,
                           String notes, Extras extras) {
    public static final PrivateNotes EMPTY = new PrivateNotes(null, null, null, null, null, Extras.NONE);

    public PrivateNotes {
        extras = extras == null ? Extras.NONE : extras;
    }
}
