package app.followup.ui.board;

import app.followup.applications.ApplicationScanner;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tells when a notes file in one of the board's folders is added, changed or removed (by the window, a sync
 * folder, another program). A burst of events, as one save makes (temporary file, rename, backup), is told once.
 */
public final class FolderWatcher implements AutoCloseable {
    /** How long a burst of events may last before the change is told. */
    private static final long QUIET_MILLIS = 250;

    private final Runnable onChange;
    private WatchService service;
    private Thread thread;

    FolderWatcher(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Watches these folders from now on, instead of any watched before. */
    synchronized void watch(List<Path> folders) {
        close();
        if (folders.isEmpty()) {
            return;
        }
        try {
            WatchService watching = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                try {
                    folder.register(watching, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException e) {
                    // a folder that is gone or unreadable: the board reports it when it reads the folders
                }
            }
            service = watching;
            thread = new Thread(() -> loop(watching), "followup-board-watcher");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            // no watching on this file system: the board still reads the folders on opening and on Refresh
        }
    }

    private void loop(WatchService watching) {
        try {
            while (true) {
                WatchKey key = watching.take();
                boolean relevant = drain(key);
                // let the rest of the burst arrive, then tell once
                WatchKey more;
                while ((more = watching.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Object context = event.context();
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || (context instanceof Path name && name.toString().endsWith(ApplicationScanner.SUFFIX));
        }
        key.reset();
        return relevant;
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
            service = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
