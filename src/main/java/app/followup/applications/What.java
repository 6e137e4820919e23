package app.followup.applications;

/**
 * What an application asks of the candidate next, as the contract's {@code status} names it. The order is the
 * tie-break when two items fall due on the same day: what the candidate must do comes before what they wait for.
 */
public enum What {
    LETTER_DUE("letter-due"),
    MY_STEP("my-step"),
    EVIDENCE_DUE("evidence-due"),
    AWAITING_EMPLOYER("awaiting-employer"),
    NUDGE_DUE("nudge-due"),
    GONE_QUIET("gone-quiet"),
    NO_NEXT_STEP("no-next-step"),
    CLOSED("closed");

    private final String code;

    What(String code) {
        this.code = code;
    }

    /** The stable kebab-case word printed by {@code status}. */
    public String code() {
        return code;
    }
}
