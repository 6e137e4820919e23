package app.followup.ui.common;

import app.followup.model.Candidate;
import app.followup.model.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Lets the view-models be built before the window that owns the real dialogs exists. */
public final class DeferredDialogs implements Dialogs {
    private Dialogs target;

    public void use(Dialogs dialogs) {
        this.target = dialogs;
    }

    @Override
    public Optional<Path> chooseNotesToOpen() {
        return target.chooseNotesToOpen();
    }

    @Override
    public Optional<Path> chooseNotesToSave(String suggestedName) {
        return target.chooseNotesToSave(suggestedName);
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        return target.choosePdfToSave(suggestedName);
    }

    @Override
    public Optional<Path> chooseEmailDraftToSave(String suggestedName) {
        return target.chooseEmailDraftToSave(suggestedName);
    }

    @Override
    public Optional<Path> chooseCalendarToSave(String suggestedName) {
        return target.chooseCalendarToSave(suggestedName);
    }

    @Override
    public Optional<Path> chooseFolder() {
        return target.chooseFolder();
    }

    @Override
    public Unsaved askUnsaved(String fileName) {
        return target.askUnsaved(fileName);
    }

    @Override
    public ChangedOnDisk askChangedOnDisk(String fileName) {
        return target.askChangedOnDisk(fileName);
    }

    @Override
    public boolean askRestore(String fileName) {
        return target.askRestore(fileName);
    }

    @Override
    public boolean askReplacePlan() {
        return target.askReplacePlan();
    }

    @Override
    public Optional<Candidate> askCandidate(Candidate current) {
        return target.askCandidate(current);
    }

    @Override
    public Optional<NewRound> askNewRound(LocalDate suggestedDate, Stage suggestedStage) {
        return target.askNewRound(suggestedDate, suggestedStage);
    }

    @Override
    public void showError(String message) {
        target.showError(message);
    }
}
