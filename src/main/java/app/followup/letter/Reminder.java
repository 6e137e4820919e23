package app.followup.letter;

import java.time.LocalDate;

/**
 * A step the candidate owns and should be reminded of: the next step or a milestone of the progress plan.
 *
 * @param id the same for the same step of the same application and round, so calendars update, not duplicate
 */
public record Reminder(String id, String summary, String description, LocalDate date) {
}
