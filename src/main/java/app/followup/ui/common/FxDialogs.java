package app.followup.ui.common;

import app.followup.ui.controls.SpaceOpensList;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Candidate;
import app.followup.ui.controls.Forms;
import app.followup.model.Extras;
import app.followup.model.Stage;
import app.followup.ui.wizard.pages.InvitationDialog;
import app.followup.ui.wizard.pages.InvitationViewModel;
import app.followup.ui.wizard.pages.PastedNotesDialog;
import app.followup.ui.wizard.pages.PastedNotesViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the platform's file choosers and JavaFX alerts, in the chosen language. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final I18n i18n;
    private final StartFolders folders;

    /**
     * @param settings where the last folder used is remembered
     * @param openFile the notes file open in the window, or null: save dialogs start in its folder
     */
    public FxDialogs(Window owner, I18n i18n, WindowSettings settings, Supplier<Path> openFile) {
        this.owner = owner;
        this.i18n = i18n;
        this.folders = new StartFolders(settings, openFile);
    }

    @Override
    public Optional<Path> chooseNotesToOpen() {
        FileChooser chooser = notesChooser(null);
        folders.forOpening().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return remembered(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseNotesToSave(String suggestedName) {
        FileChooser chooser = notesChooser(suggestedName);
        folders.forNotes().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return remembered(chooser.showSaveDialog(owner));
    }

    private Optional<Path> remembered(File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
        path.ifPresent(folders::used);
        return path;
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        return saveAs(suggestedName, "filter.pdf", "*.pdf");
    }

    @Override
    public Optional<Path> chooseEmailDraftToSave(String suggestedName) {
        return saveAs(suggestedName, "filter.eml", "*.eml");
    }

    @Override
    public Optional<Path> chooseCalendarToSave(String suggestedName) {
        return saveAs(suggestedName, "filter.ics", "*.ics");
    }

    @Override
    public Optional<Path> chooseInvitationToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("invite.file.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.get("filter.invitation"), "*.ics"),
                new FileChooser.ExtensionFilter(i18n.get("filter.all"), "*.*"));
        folders.forInvitation().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        chosen.ifPresent(folders::invitationOpened);
        return chosen;
    }

    @Override
    public boolean askInvitation(InvitationViewModel invitation) {
        return new InvitationDialog(owner, i18n, invitation).ask();
    }

    @Override
    public boolean askPastedNotes(PastedNotesViewModel notes) {
        return new PastedNotesDialog(owner, i18n, notes).ask();
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("letter.chooseFolder"));
        folders.forSaving().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        chosen.ifPresent(folders::letterSaved);
        return chosen;
    }

    private Optional<Path> saveAs(String suggestedName, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
        folders.forSaving().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.ifPresent(folders::letterSaved);
        return chosen;
    }

    private FileChooser notesChooser(String suggestedName) {
        FileChooser chooser = new FileChooser();
        // a title that says what is saved: after Mark as sent, three testers met an untitled save dialog
        chooser.setTitle(i18n.get(suggestedName == null ? "notes.open.title" : "notes.save.title"));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("filter.notes"), "*.json"),
                new FileChooser.ExtensionFilter(i18n.get("filter.all"), "*.*"));
        return chooser;
    }

    @Override
    public Unsaved askUnsaved(String fileName) {
        ButtonType save = new ButtonType(i18n.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("unsaved.text", fileName), save, discard,
                cancel);
        alert.setTitle(i18n.get("unsaved.title"));
        alert.setHeaderText(i18n.get("unsaved.title"));
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public ChangedOnDisk askChangedOnDisk(String fileName) {
        ButtonType overwrite = new ButtonType(i18n.get("changed.overwrite"), ButtonBar.ButtonData.YES);
        ButtonType both = new ButtonType(i18n.get("changed.keepBoth"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, i18n.get("changed.text", fileName), overwrite, both,
                cancel);
        alert.setTitle(i18n.get("changed.title"));
        alert.setHeaderText(i18n.get("changed.title"));
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == overwrite ? ChangedOnDisk.OVERWRITE
                : answer == both ? ChangedOnDisk.KEEP_BOTH : ChangedOnDisk.CANCEL;
    }

    @Override
    public boolean askRestore(String fileName) {
        ButtonType restore = new ButtonType(i18n.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("recovery.text", fileName), restore,
                discard);
        alert.setTitle(i18n.get("recovery.title"));
        alert.setHeaderText(i18n.get("recovery.title"));
        alert.initOwner(owner);
        return alert.showAndWait().orElse(restore) == restore;
    }

    @Override
    public Optional<Candidate> askCandidate(Candidate current) {
        Dialog<Candidate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("candidate.title"));
        dialog.setHeaderText(i18n.get("candidate.intro"));
        TextField name = new TextField(PageViewModel.orEmpty(current.name()));
        name.setId("candidate-name");
        TextField email = new TextField(PageViewModel.orEmpty(current.email()));
        TextField phone = new TextField(PageViewModel.orEmpty(current.phone()));
        TextArea address = new TextArea(String.join("\n", current.address()));
        Forms.tabMovesOn(address);
        address.setPrefRowCount(3);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, fieldLabel("candidate.name"), name);
        grid.addRow(1, fieldLabel("candidate.email"), email);
        grid.addRow(2, fieldLabel("candidate.phone"), phone);
        grid.addRow(3, fieldLabel("candidate.address"), address);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.get("ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.get("cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button != ok ? null : new Candidate(
                PageViewModel.emptyToNull(name.getText()), PageViewModel.emptyToNull(email.getText()),
                PageViewModel.emptyToNull(phone.getText()), PageViewModel.lines(address.getText()),
                current.extras() == null ? Extras.NONE : current.extras()));
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<NewRound> askNewRound(LocalDate suggestedDate, Stage suggestedStage) {
        Dialog<NewRound> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("newRound.title"));
        dialog.setHeaderText(i18n.get("newRound.header"));
        DatePicker date = new DatePicker(suggestedDate);
        date.setConverter(TypedDates.converter(i18n));
        ComboBox<Stage> stage = SpaceOpensList.on(new ComboBox<>(FXCollections.observableArrayList(Stage.values())));
        stage.setValue(suggestedStage);
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage value) {
                return value == null ? "" : i18n.get("stage." + value.code());
            }

            @Override
            public Stage fromString(String text) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, fieldLabel("newRound.date"), date);
        grid.addRow(1, fieldLabel("newRound.stage"), stage);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.get("ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.get("cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok && date.getValue() != null
                ? new NewRound(date.getValue(), stage.getValue()) : null);
        return dialog.showAndWait();
    }

    /** A label beside a field in a dialog: never cut short, the dialog grows to hold it instead. */
    private Label fieldLabel(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public boolean askDiscardEdit() {
        return confirm("letter.discard.title", "letter.discard.text", "letter.discard.yes", "letter.discard.no");
    }

    @Override
    public boolean askReplacePlan() {
        return confirm("plan.replace.title", "plan.replace.text", "plan.replace.yes", "plan.replace.no");
    }

    @Override
    public void showError(String message) {
        new FxAlerts(owner, i18n).showError(message);
    }

    @Override
    public void showAbout(String version, Runnable openGuide) {
        new FxAlerts(owner, i18n).showAbout(version, openGuide);
    }

    private boolean confirm(String titleKey, String textKey, String yesKey, String noKey) {
        return new FxAlerts(owner, i18n).confirm(titleKey, textKey, yesKey, noKey);
    }
}
