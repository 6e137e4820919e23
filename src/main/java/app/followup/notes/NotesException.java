package app.followup.notes;

/**
 * A notes file that cannot be used: broken JSON, a wrong type, another format, a newer version, or a file
 * that cannot be read or written. The message is one line a user can act on; it does not name the file,
 * so that callers can put the file name first. The kinds a caller acts on differently are subtypes, so that no
 * caller reads the message to tell them apart.
 */
public sealed class NotesException extends Exception
        permits MissingFileException, ForeignFileException, NewerVersionException, ReadOnlyException {
    private static final long serialVersionUID = 1L;

    public NotesException(String message) {
        super(message);
    }

    public NotesException(String message, Throwable cause) {
        super(message, cause);
    }
}
