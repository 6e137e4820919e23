package app.followup.ui.board;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The folders the board shows, chosen once and remembered between sessions. */
public interface BoardFolders {
    List<Path> folders();

    void save(List<Path> folders);

    /** In the platform's settings store, beside the user's details and recent files. */
    final class Remembered implements BoardFolders {
        private static final String KEY = "board.folders";
        private final Supplier<Preferences> node;

        public Remembered(Supplier<Preferences> node) {
            this.node = node;
        }

        public static Remembered standard() {
            return new Remembered(() -> Preferences.userRoot().node("app/followup"));
        }

        @Override
        public List<Path> folders() {
            List<Path> folders = new ArrayList<>();
            for (String line : node.get().get(KEY, "").split("\n")) {
                if (!line.isBlank()) {
                    folders.add(Path.of(line));
                }
            }
            return folders;
        }

        @Override
        public void save(List<Path> folders) {
            Preferences preferences = node.get();
            preferences.put(KEY, String.join("\n", folders.stream().map(Path::toString).toList()));
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                // kept in memory for this session; nothing the user could do about it
            }
        }
    }

    /** For tests. */
    final class InMemory implements BoardFolders {
        private List<Path> folders = List.of();

        @Override
        public List<Path> folders() {
            return folders;
        }

        @Override
        public void save(List<Path> chosen) {
            folders = List.copyOf(chosen);
        }
    }
}
