package app.followup.applications;

import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.Round;
import java.nio.file.Path;
import java.util.Objects;

/** One notes file that could be read: one employer, one position. */
public record Application(Path file, Notes notes) {

    public Application {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(notes, "notes");
    }

    /** The employer's name as one clean line, "" when the notes have none. */
    public String employer() {
        return Objects.requireNonNullElse(Texts.inline(notes.employer().name()), "");
    }

    public String position() {
        return Objects.requireNonNullElse(Texts.inline(notes.position()), "");
    }

    /** The round the application is in: the last one, 1-based; 0 when no interview is noted yet. */
    public int roundNumber() {
        return notes.rounds().size();
    }

    /** The current round, or null when there is none yet. */
    public Round currentRound() {
        return notes.rounds().isEmpty() ? null : notes.lastRound();
    }

    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** What stays the same for this application across runs, for calendar identities. */
    String identity() {
        return notes.employer().name() + "|" + notes.position();
    }
}
