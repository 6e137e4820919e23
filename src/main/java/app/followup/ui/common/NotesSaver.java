package app.followup.ui.common;

/** Saves the open notes as File → Save does: to their file, or asking where when they have none yet. */
@FunctionalInterface
public interface NotesSaver {
    /** Saves nothing: as if the user had cancelled the save dialog. */
    NotesSaver NONE = (saved, notSaved) -> notSaved.run();

    /**
     * @param saved    runs once the notes are written
     * @param notSaved runs when they are not: the user cancelled, or the file could not be written (already said)
     */
    void save(Runnable saved, Runnable notSaved);
}
