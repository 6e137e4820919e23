package app.followup.ui.common;

import app.followup.model.Candidate;
import app.followup.model.Stage;
import app.followup.ui.wizard.pages.InvitationViewModel;
import app.followup.ui.wizard.pages.PastedNotesViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Every question the window asks, behind an interface so that tests can answer them. */
public interface Dialogs {
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** The file was changed by another program since it was opened: overwrite it, keep both, or stop. */
    enum ChangedOnDisk { OVERWRITE, KEEP_BOTH, CANCEL }

    record NewRound(LocalDate date, Stage stage) {
    }

    Optional<Path> chooseNotesToOpen();

    Optional<Path> chooseNotesToSave(String suggestedName);

    Optional<Path> choosePdfToSave(String suggestedName);

    Optional<Path> chooseEmailDraftToSave(String suggestedName);

    Optional<Path> chooseCalendarToSave(String suggestedName);

    /** A calendar invitation (.ics) to read the participants from. */
    Optional<Path> chooseInvitationToOpen();

    /** "Add from invitation or email…": true when the user pressed Add. */
    boolean askInvitation(InvitationViewModel invitation);

    /** "Paste your notes…": true when the user pressed "Fill in the pages". */
    boolean askPastedNotes(PastedNotesViewModel notes);

    /** A folder for one file per participant. */
    Optional<Path> chooseFolder();

    Unsaved askUnsaved(String fileName);

    ChangedOnDisk askChangedOnDisk(String fileName);

    /** After a crash: bring back the unsaved work (true) or throw it away (false)? */
    boolean askRestore(String fileName);

    Optional<Candidate> askCandidate(Candidate current);

    Optional<NewRound> askNewRound(LocalDate suggestedDate, Stage suggestedStage);

    /** "Back to the generated letter": throw away the user's edit of the letter? */
    boolean askDiscardEdit();

    /** The user changed the progress plan since it was suggested: replace it with a new suggestion? */
    boolean askReplacePlan();

    void showError(String message);

    /** The About box: the program's version, what it is for, and a link that runs {@code openGuide}. */
    void showAbout(String version, Runnable openGuide);
}
