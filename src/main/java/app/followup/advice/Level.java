package app.followup.advice;

/** How much a piece of advice matters: ERROR makes {@code check} exit with status 1. */
public enum Level {
    ERROR, WARN, INFO
}
