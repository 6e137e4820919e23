package app.followup.ui.board;

import app.followup.ui.wizard.PageViewModel;
import java.nio.file.Path;

/** Opens a notes file in the window (asking first about unsaved work) on the page where its due item is done. */
@FunctionalInterface
public interface ApplicationOpener {
    void open(Path file, Class<? extends PageViewModel> page);
}
