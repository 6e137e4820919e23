package app.followup.notes;

import app.followup.model.Notes;

/** The file was written by a newer FollowUp: it is never overwritten by this one. */
public class NewerVersionException extends NotesException {
    private static final long serialVersionUID = 1L;
    private final int version;

    public NewerVersionException(int version) {
        super("written by a newer FollowUp (notes format version " + version + "); this version reads up to version "
                + Notes.CURRENT_VERSION + ". Update FollowUp to open it; the file was left unchanged");
        this.version = version;
    }

    public int version() {
        return version;
    }
}
