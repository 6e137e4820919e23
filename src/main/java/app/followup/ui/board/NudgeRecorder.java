package app.followup.ui.board;

import app.followup.model.ApplicationState;
import app.followup.model.Nudge;
import java.util.function.Consumer;

/**
 * Where a nudge the user sent is written down: the notes file itself (from the board), or the application open in
 * the window, which is then saved (from its checklist). Each calls back on the JavaFX thread.
 */
public interface NudgeRecorder {
    /** Records the letter as sent in the last round's {@code nudges} and saves it. */
    void recordSent(Nudge nudge, Runnable done, Consumer<String> failed);

    /** Sets the application's state (today as {@code since}) and saves it. */
    void close(ApplicationState state, Runnable done, Consumer<String> failed);
}
