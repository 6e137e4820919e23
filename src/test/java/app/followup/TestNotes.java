package app.followup;

import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Notes for a test, made from a sample by the changes the test is about:
 * {@code TestNotes.nordlys().lastRound(r -> r.withChallenge("")).build()}. The samples are complete and timely,
 * so whatever a test finds comes from what it changed.
 */
public final class TestNotes {
    private Notes notes;

    private TestNotes(Notes notes) {
        this.notes = notes;
    }

    /** Norwegian, one round: the sponsor interview at Nordlys Software on Thursday 26 November 2026. */
    public static TestNotes nordlys() {
        return of(Samples.NORDLYS);
    }

    public static TestNotes of(Path sample) {
        return new TestNotes(Samples.load(sample));
    }

    public static TestNotes of(Notes notes) {
        return new TestNotes(notes);
    }

    /** Changes the newest round, the one a letter is written for. */
    public TestNotes lastRound(UnaryOperator<Round> change) {
        return round(notes.rounds().size() - 1, change);
    }

    public TestNotes round(int index, UnaryOperator<Round> change) {
        notes = notes.withRound(index, change.apply(notes.rounds().get(index)));
        return this;
    }

    /** The employer renamed, with no other names and no unknown fields. */
    public TestNotes employer(String name) {
        notes = notes.withEmployer(new Employer(name, List.of(), Extras.NONE));
        return this;
    }

    public TestNotes change(UnaryOperator<Notes> change) {
        notes = change.apply(notes);
        return this;
    }

    public Notes build() {
        return notes;
    }

    /** Saves the notes as a notes file, as the window or the command line would, and returns the file. */
    public Path saveAs(Path file) {
        try {
            new NotesFile().save(file, notes);
            return file;
        } catch (NotesException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
