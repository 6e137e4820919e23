package app.followup.applications;

import java.nio.file.Path;

/** A notes file that could not be used, and why, in one line a user can act on. */
public record Unreadable(Path file, String reason) {
}
