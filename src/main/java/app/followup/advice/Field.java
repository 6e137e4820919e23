package app.followup.advice;

/** The part of the notes a piece of advice concerns: the window goes to its page. */
public enum Field {
    INTERVIEW, PARTICIPANTS, CHALLENGE, VISION, DECISION, NEXT_STEP, TERMS, PRIVATE, LETTER
}
