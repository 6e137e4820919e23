package app.followup.notes;

/** The file or its folder cannot be written: the user can save elsewhere. */
public final class ReadOnlyException extends NotesException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyException() {
        super("cannot be written: the file or its folder is read-only");
    }
}
