package app.followup.applications;

/** What the candidate did, as the activity report's {@code activity} column names it. */
public enum ActivityKind {
    INTERVIEW("interview"),
    LETTER_SENT("letter-sent"),
    NUDGE_SENT("nudge-sent");

    private final String code;

    ActivityKind(String code) {
        this.code = code;
    }

    /** The stable word in the CSV; the PDF shows it in words of its language. */
    public String code() {
        return code;
    }
}
