package app.followup.advice;

/**
 * One piece of advice about a round's letter.
 *
 * @param code    stable, kebab-case: scripts and tests rely on it
 * @param message in the user's language
 * @param detail  the word or value concerned (an avoided word, an email address), or null
 */
public record Advice(Level level, String code, String message, Field field, String detail) {

    /** As {@code check} prints it: "WARN no-next-step: message". */
    public String line() {
        return level + " " + code + ": " + message;
    }
}
