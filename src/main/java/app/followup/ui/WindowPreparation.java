package app.followup.ui;

import app.followup.letter.LetterComposer;
import app.followup.notes.RecoveryStore;
import app.followup.ui.board.BoardFolders;
import app.followup.ui.board.BoardPreload;
import app.followup.ui.common.I18n;
import app.followup.ui.common.WindowSettings;
import app.followup.userfiles.TemplateLibrary;
import app.followup.userfiles.UserFolders;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * What the window needs before its first frame and can make without the JavaFX toolkit, made on a thread of its own
 * while the toolkit starts: the window settings, the window's words (the resource bundle parsed), the letter
 * composer with its template library, the recovery store, and the board's read-ahead. The toolkit's start leaves the
 * second core mostly idle for about as long as the JavaFX thread later spends building the window, so this work no
 * longer holds the window back; the main thread only starts the thread, so the toolkit starts as early as it can.
 */
final class WindowPreparation implements Runnable {
    /** The parts, as {@link FollowUpApp#start} takes them. */
    record Parts(WindowSettings settings, I18n i18n, LetterComposer composer, RecoveryStore recovery,
                 BoardPreload board) {
    }

    private final CompletableFuture<Parts> parts = new CompletableFuture<>();
    private final boolean readBoard;

    private WindowPreparation(boolean readBoard) {
        this.readBoard = readBoard;
    }

    /**
     * Starts making the parts. Called on the main thread before the toolkit starts, so it makes no lambda: the first
     * one in a process costs the JDK's lambda machinery, which the toolkit's own start pays for anyway.
     *
     * @param readBoard read the remembered folders ahead (the window opens on the board when there are some)
     */
    static WindowPreparation start(boolean readBoard) {
        WindowPreparation preparation = new WindowPreparation(readBoard);
        Thread thread = new Thread(preparation, "followup-window-prepare");
        thread.setDaemon(true);
        thread.start();
        return preparation;
    }

    /** Makes the parts, on the thread {@link #start} started. */
    @Override
    public void run() {
        try {
            BoardPreload board = readBoard ? BoardPreload.start(BoardFolders.Remembered.standard(), LocalDate::now)
                    : BoardPreload.none();
            WindowSettings settings = WindowSettings.load(UserFolders.config().resolve("window.properties"));
            I18n i18n = new I18n(settings.language().orElse(Locale.getDefault()));
            // the first text parses the bundle, which the JDK then keeps for every later look-up
            i18n.get("start.title");
            LetterComposer composer = new LetterComposer(
                    TemplateLibrary.standard().fallingBackToBuiltIn(FollowUpApp::templateProblem));
            parts.complete(new Parts(settings, i18n, composer,
                    new RecoveryStore(UserFolders.data().resolve("recovery")), board));
        } catch (Throwable e) {
            parts.completeExceptionally(e);
        }
    }

    /** The parts, waiting for them if the toolkit started first. */
    Parts await() {
        try {
            return parts.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the window was prepared", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the window could not be prepared", e.getCause());
        }
    }
}
