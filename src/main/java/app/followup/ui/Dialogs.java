package app.followup.ui;

import java.nio.file.Path;
import java.util.Optional;

/** File choosers behind an interface, so that tests can answer them. */
public interface Dialogs {
    Optional<Path> chooseNotesFile();
}
