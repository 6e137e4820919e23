package app.followup.ui;

import app.followup.ui.common.BackgroundRunner;
import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.RecoveryStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the recovery copy of the document's unsaved work at most {@link #DELAY_MILLIS} behind the typing,
 * written off the JavaFX thread, and removes it once the work is saved or thrown away.
 */
public final class RecoveryKeeper {
    /** How far the recovery copy may lag behind the typing. */
    static final long DELAY_MILLIS = 2000;

    private final Document document;
    private final RecoveryStore store;
    private final BackgroundRunner background;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Notes pending;
    private volatile Path pendingOrigin;

    RecoveryKeeper(Document document, RecoveryStore store, BackgroundRunner background) {
        this.document = document;
        this.store = store;
        this.background = background;
        document.notesProperty().addListener(o -> schedule());
        document.dirtyProperty().addListener((o, old, dirty) -> {
            if (dirty) {
                schedule();
            } else {
                clear();
            }
        });
    }

    private void schedule() {
        if (!document.isOpen() || !document.dirtyProperty().get()) {
            return;
        }
        pending = document.notes();
        pendingOrigin = document.fileProperty().get();
        if (scheduled.compareAndSet(false, true)) {
            background.later(this::write, DELAY_MILLIS);
        }
    }

    private void write() {
        scheduled.set(false);
        Notes notes = pending;
        if (notes != null) {
            try {
                store.keep(notes, pendingOrigin);
            } catch (NotesException e) {
                // no recovery copy this time; the next edit tries again
            }
        }
    }

    void clear() {
        pending = null;
        background.later(store::clear, 0);
    }

    /** Makes restored work this window's own recovery copy, and removes the one it came from. */
    void adopt(RecoveryStore.Recovered recovered) {
        background.later(() -> {
            try {
                store.adopt(recovered);
            } catch (NotesException e) {
                // the old copy stays, offered again at the next start; the restored work is in the window
            }
        }, 0);
    }

    void discard(RecoveryStore.Recovered recovered) {
        background.later(() -> store.discard(recovered), 0);
    }

    /** Looks for a copy a crash left behind, off the JavaFX thread. */
    void find(Consumer<Optional<RecoveryStore.Recovered>> onFound) {
        background.run(store::find, onFound, error -> { });
    }
}
