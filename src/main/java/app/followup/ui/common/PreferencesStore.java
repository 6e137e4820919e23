package app.followup.ui.common;

import java.util.function.Supplier;
import app.followup.model.Candidate;
import app.followup.model.Extras;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The user's details and recent files in {@code java.util.prefs}, the platform's own settings store. */
public final class PreferencesStore implements UserStore {
    private static final int RECENT_MAX = 8;
    private static final String SEPARATOR = "\n";
    private final Supplier<Preferences> nodeSource;
    private Preferences node;

    public PreferencesStore(Supplier<Preferences> nodeSource) {
        this.nodeSource = nodeSource;
    }

    /** The user's settings; opened on first use, since opening the store is slow on a cold start. */
    public static PreferencesStore standard() {
        return new PreferencesStore(() -> Preferences.userRoot().node("app/followup"));
    }

    private synchronized Preferences node() {
        if (node == null) {
            node = nodeSource.get();
        }
        return node;
    }

    @Override
    public Optional<Candidate> candidate() {
        String name = node().get("candidate.name", null);
        if (name == null) {
            return Optional.empty();
        }
        String address = node().get("candidate.address", "");
        return Optional.of(new Candidate(name, node().get("candidate.email", null), node().get("candidate.phone", null),
                address.isEmpty() ? List.of() : Arrays.asList(address.split(SEPARATOR)), Extras.NONE));
    }

    @Override
    public void saveCandidate(Candidate candidate) {
        put("candidate.name", candidate.name() == null ? "" : candidate.name());
        put("candidate.email", candidate.email());
        put("candidate.phone", candidate.phone());
        put("candidate.address", String.join(SEPARATOR, candidate.address()));
        flush();
    }

    @Override
    public List<Path> recentFiles() {
        String stored = node().get("recent", "");
        List<Path> files = new ArrayList<>();
        for (String line : stored.split(SEPARATOR)) {
            if (!line.isBlank() && Files.exists(Path.of(line))) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    @Override
    public void addRecentFile(Path file) {
        List<String> files = new ArrayList<>(recentFiles().stream().map(Path::toString).toList());
        String added = file.toAbsolutePath().normalize().toString();
        files.remove(added);
        files.add(0, added);
        put("recent", String.join(SEPARATOR, files.subList(0, Math.min(RECENT_MAX, files.size()))));
        flush();
    }

    /** Keyed by a digest of the notes file and round: a settings key is at most 80 characters, a path is longer. */
    @Override
    public Optional<SavedPdf> savedPdf(Path notesFile, int round) {
        String stored = node().node("savedPdfs").get(pdfKey(notesFile, round), null);
        if (stored == null || !stored.contains(SEPARATOR)) {
            return Optional.empty();
        }
        String[] parts = stored.split(SEPARATOR, 2);
        return Optional.of(new SavedPdf(Path.of(parts[0]), parts[1]));
    }

    @Override
    public void rememberSavedPdf(Path notesFile, int round, SavedPdf saved) {
        node().node("savedPdfs").put(pdfKey(notesFile, round),
                saved.pdf().toAbsolutePath().normalize() + SEPARATOR + saved.letterPrint());
        flush();
    }

    private static String pdfKey(Path notesFile, int round) {
        return Digests.sha256(notesFile.toAbsolutePath().normalize() + "#" + round);
    }

    private void put(String key, String value) {
        if (value == null) {
            node().remove(key);
        } else {
            node().put(key, value);
        }
    }

    private void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // the settings stay in memory for this session; nothing the user can do about it
        }
    }
}
