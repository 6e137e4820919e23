package app.followup.notes;

/** The file holds JSON, but not a FollowUp notes file: it is never overwritten. */
public final class ForeignFileException extends NotesException {
    private static final long serialVersionUID = 1L;

    ForeignFileException(String why) {
        super("not a FollowUp notes file: " + why);
    }
}
