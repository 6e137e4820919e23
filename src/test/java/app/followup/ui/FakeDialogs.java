package app.followup.ui;

import app.followup.model.Candidate;
import app.followup.ui.common.Dialogs;
import app.followup.model.Stage;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import app.followup.ui.wizard.pages.InvitationViewModel;
import app.followup.ui.wizard.pages.PastedNotesViewModel;

/** Dialogs answered by the test, remembering what was asked. */
public final class FakeDialogs implements Dialogs {
    /** The About box's link to the user guide, as the user would click it. */
    public Runnable openGuide;

    Path toOpen;
    Path toSave;
    Path pdfToSave;
    Path emlToSave;
    Path icsToSave;
    Path folder;
    Unsaved unsavedAnswer = Unsaved.CANCEL;
    ChangedOnDisk changedAnswer = ChangedOnDisk.CANCEL;
    boolean restoreAnswer = true;
    Candidate candidate;
    NewRound newRound;
    public boolean replacePlanAnswer;
    public boolean discardEditAnswer = true;
    /** The invitation file chosen, and how the "Add from invitation or email" dialog is answered: not added. */
    public Path invitationToOpen;
    public Predicate<InvitationViewModel> invitationAnswer = invitation -> false;
    /** How the "Paste your notes" dialog is answered: cancelled. */
    public Predicate<PastedNotesViewModel> pastedNotesAnswer = notes -> false;
    /**
     * A path the save and open dialogs answer with that this system cannot hold, as a real dialog's answer does with an "ø"
     * where file names are ASCII: the dialog throws; null for a usable answer.
     */
    String unusable;
    public final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseNotesToOpen() {
        asked.add("open");
        return answer(toOpen);
    }

    @Override
    public Optional<Path> chooseNotesToSave(String suggestedName) {
        asked.add("save:" + suggestedName);
        // answered once, as a user picks a place once: asking again gets "cancelled"
        Optional<Path> answer = answer(toSave);
        toSave = null;
        return answer;
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        asked.add("pdf:" + suggestedName);
        return answer(pdfToSave);
    }

    @Override
    public Optional<Path> chooseEmailDraftToSave(String suggestedName) {
        asked.add("eml:" + suggestedName);
        return answer(emlToSave);
    }

    @Override
    public Optional<Path> chooseCalendarToSave(String suggestedName) {
        asked.add("ics:" + suggestedName);
        return answer(icsToSave);
    }

    private Optional<Path> answer(Path chosen) {
        if (unusable != null) {
            throw new InvalidPathException(unusable, "Malformed input or input contains unmappable characters");
        }
        return Optional.ofNullable(chosen);
    }

    @Override
    public Optional<Path> chooseInvitationToOpen() {
        asked.add("invitation");
        return Optional.ofNullable(invitationToOpen);
    }

    @Override
    public boolean askInvitation(InvitationViewModel invitation) {
        asked.add("addFromInvitation");
        return invitationAnswer.test(invitation);
    }

    @Override
    public boolean askPastedNotes(PastedNotesViewModel notes) {
        asked.add("pasteNotes");
        return pastedNotesAnswer.test(notes);
    }

    @Override
    public Optional<Path> chooseFolder() {
        asked.add("folder");
        return Optional.ofNullable(folder);
    }

    @Override
    public Unsaved askUnsaved(String fileName) {
        asked.add("unsaved:" + fileName);
        return unsavedAnswer;
    }

    @Override
    public ChangedOnDisk askChangedOnDisk(String fileName) {
        asked.add("changed:" + fileName);
        return changedAnswer;
    }

    @Override
    public boolean askRestore(String fileName) {
        asked.add("restore:" + fileName);
        return restoreAnswer;
    }

    @Override
    public Optional<Candidate> askCandidate(Candidate current) {
        asked.add("candidate");
        return Optional.ofNullable(candidate);
    }

    @Override
    public Optional<NewRound> askNewRound(LocalDate suggestedDate, Stage suggestedStage) {
        asked.add("round:" + suggestedDate + ":" + suggestedStage.code());
        return Optional.ofNullable(newRound);
    }

    @Override
    public boolean askDiscardEdit() {
        asked.add("discard-edit");
        return discardEditAnswer;
    }

    @Override
    public boolean askReplacePlan() {
        asked.add("replace-plan");
        return replacePlanAnswer;
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showAbout(String version, Runnable openGuide) {
        asked.add("about:" + version);
        this.openGuide = openGuide;
    }
}
