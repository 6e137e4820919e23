package app.followup.advice;

import java.util.Locale;

/**
 * Every piece of advice there is, with how much it matters and the part of the notes it sends the user to. The
 * order is that of {@code docs/advice.md}'s table; {@link #key()} is what {@code check} prints and scripts match.
 */
public enum AdviceCode {
    LETTER_DUE_TODAY(Level.INFO, Field.LETTER),
    LETTER_OVERDUE(Level.WARN, Field.LETTER),
    NO_NEXT_STEP(Level.WARN, Field.NEXT_STEP),
    NEXT_STEP_OWNED_BY_EMPLOYER(Level.WARN, Field.NEXT_STEP),
    NEXT_STEP_WITHOUT_DATE(Level.WARN, Field.NEXT_STEP),
    NEXT_STEP_IN_PAST(Level.WARN, Field.NEXT_STEP),
    MILESTONES_MISSING(Level.WARN, Field.NEXT_STEP),
    MILESTONE_IN_PAST(Level.WARN, Field.NEXT_STEP),
    NO_DECISION_MILESTONE(Level.WARN, Field.NEXT_STEP),
    NEXT_STEP_AFTER_PLAN(Level.WARN, Field.NEXT_STEP),
    /** Points at the first of the two promises, which may be the evidence or a step: see {@link Advice#field()}. */
    EVIDENCE_DATE_CONFLICT(Level.WARN, Field.DECISION),
    PARTICIPANT_WITHOUT_EMAIL(Level.WARN, Field.PARTICIPANTS),
    INVALID_EMAIL(Level.ERROR, Field.PARTICIPANTS),
    NO_ADDRESSEE(Level.ERROR, Field.PARTICIPANTS),
    GREETING_NAME_UNKNOWN(Level.WARN, Field.PARTICIPANTS),
    ADDRESSEE_NAMED(Level.WARN, Field.DECISION),
    NO_SIGNATURE(Level.ERROR, Field.LETTER),
    SALARY_MENTIONED(Level.ERROR, Field.LETTER),
    PRIVATE_LEAK(Level.ERROR, Field.PRIVATE),
    TERM_AVOIDED(Level.WARN, Field.TERMS),
    TERM_UNUSED(Level.INFO, Field.TERMS),
    GLYPH_MISSING(Level.WARN, Field.LETTER),
    LETTER_TOO_LONG(Level.WARN, Field.LETTER),
    LETTER_OVER_ONE_PAGE(Level.WARN, Field.LETTER),
    MISSING_CHALLENGE(Level.WARN, Field.CHALLENGE),
    MISSING_HIRING_VISION(Level.WARN, Field.VISION),
    NOTE_FRAGMENT(Level.WARN, Field.CHALLENGE),
    NOTE_QUESTION(Level.WARN, Field.DECISION),
    POOR_MATCH(Level.WARN, Field.PRIVATE);

    private final Level level;
    private final Field field;
    private final String key;

    AdviceCode(Level level, Field field) {
        this.level = level;
        this.field = field;
        this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Level level() {
        return level;
    }

    /** The part of the notes to change, unless the advice names another. */
    public Field field() {
        return field;
    }

    /** Stable and kebab-case, as {@code check} prints it ("no-next-step"); also the message's key. */
    public String key() {
        return key;
    }
}
