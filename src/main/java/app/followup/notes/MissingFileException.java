package app.followup.notes;

import java.nio.file.NoSuchFileException;

/** There is no file by that name, or only a link to one that does not exist. */
public final class MissingFileException extends NotesException {
    private static final long serialVersionUID = 1L;

    MissingFileException(String message, NoSuchFileException cause) {
        super(message, cause);
    }
}
