package app.followup.model;

/** The candidate's own notes: never part of a letter, email or export. */
public record PrivateNotes(String salaryExpectation, String coreTask, Integer interestFit, Integer strengthFit,
                           String notes, Extras extras) {
    public static final PrivateNotes EMPTY = new PrivateNotes(null, null, null, null, null, Extras.NONE);

    public PrivateNotes {
        extras = extras == null ? Extras.NONE : extras;
    }

    public PrivateNotes withSalaryExpectation(String value) {
        return new PrivateNotes(value, coreTask, interestFit, strengthFit, notes, extras);
    }

    public PrivateNotes withCoreTask(String value) {
        return new PrivateNotes(salaryExpectation, value, interestFit, strengthFit, notes, extras);
    }

    public PrivateNotes withInterestFit(Integer value) {
        return new PrivateNotes(salaryExpectation, coreTask, value, strengthFit, notes, extras);
    }

    public PrivateNotes withStrengthFit(Integer value) {
        return new PrivateNotes(salaryExpectation, coreTask, interestFit, value, notes, extras);
    }

    public PrivateNotes withNotes(String value) {
        return new PrivateNotes(salaryExpectation, coreTask, interestFit, strengthFit, value, extras);
    }
}
