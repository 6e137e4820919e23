package app.followup.ui.common;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A computer for the window tests: Java's Desktop cannot open anything, and the platform's opener either opens
 * every link (recording it) or finds nothing to open it with. No browser or mail program is ever started.
 */
public final class RecordingPlatform implements LinkOpener.Platform {
    public final List<String> opened = new CopyOnWriteArrayList<>();
    private final int exitStatus;

    private RecordingPlatform(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    public static RecordingPlatform opensEverything() {
        return new RecordingPlatform(0);
    }

    /** As a Linux desktop without a mail program: {@code xdg-open} answers 3. */
    public static RecordingPlatform opensNothing() {
        return new RecordingPlatform(3);
    }

    public LinkOpener opener() {
        return new LinkOpener(this);
    }

    @Override
    public String osName() {
        return "Linux";
    }

    @Override
    public boolean desktopOpens(URI link) {
        return false;
    }

    @Override
    public int run(List<String> command) {
        opened.add(command.get(command.size() - 1));
        return exitStatus;
    }
}
