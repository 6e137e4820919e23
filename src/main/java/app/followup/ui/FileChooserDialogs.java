package app.followup.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

final class FileChooserDialogs implements Dialogs {
    private final Window owner;

    FileChooserDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseNotesFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open notes");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("FollowUp notes (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
