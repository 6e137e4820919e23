package app.followup.notes;

import app.followup.model.Notes;

/** The file was written by a newer FollowUp: it is never overwritten by this one. */
public final class NewerVersionException extends NotesException {
    private static final long serialVersionUID = 1L;
    private final int version;

    public NewerVersionException(int version) {
        super(writtenByNewer(version) + "; the file was left unchanged");
        this.version = version;
    }

    /** What the file is, for the messages of reading and of refusing to save over it. */
    static String writtenByNewer(int version) {
        return "written by a newer FollowUp (notes format version " + version + "); this version reads up to version "
                + Notes.CURRENT_VERSION + ". Update FollowUp to open it";
    }

    public int version() {
        return version;
    }
}
