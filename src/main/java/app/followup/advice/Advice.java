package app.followup.advice;

/**
 * One piece of advice about a round's letter.
 *
 * @param message in the user's language
 * @param field   the part of the notes to change: the code's own, except where one code can point to several
 * @param detail  the word or value concerned (an avoided word, an email address), or null
 */
public record Advice(AdviceCode code, String message, Field field, String detail) {

    /** Advice that points where its code does. */
    static Advice of(AdviceCode code, String message, String detail) {
        return new Advice(code, message, code.field(), detail);
    }

    public Level level() {
        return code.level();
    }

    /** As {@code check} prints it: "WARN no-next-step: message". */
    public String line() {
        return level() + " " + code.key() + ": " + message;
    }
}
