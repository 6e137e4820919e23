package app.followup.ui.common;

import java.util.LinkedList;
import app.followup.model.Candidate;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What FollowUp remembers between sessions: the candidate's details and the recent files. */
public interface UserStore {
    Optional<Candidate> candidate();

    void saveCandidate(Candidate candidate);

    List<Path> recentFiles();

    void addRecentFile(Path file);

    /**
     * The PDF saved last from a round's letter in the window, and the print of the letter it was made from, so
     * that a file opened again can still show that PDF for attaching and say when it is out of date. Kept here,
     * not in the notes: a path on this computer means nothing in a notes file shared or moved.
     */
    record SavedPdf(Path pdf, String letterPrint) {
    }

    Optional<SavedPdf> savedPdf(Path notesFile, int round);

    void rememberSavedPdf(Path notesFile, int round, SavedPdf saved);

    /** Kept in memory only, for tests. */
    final class InMemory implements UserStore {
        private Candidate candidate;
        private final LinkedList<Path> recent = new LinkedList<>();
        private final Map<String, SavedPdf> pdfs = new HashMap<>();

        @Override
        public Optional<Candidate> candidate() {
            return Optional.ofNullable(candidate);
        }

        @Override
        public void saveCandidate(Candidate details) {
            candidate = details;
        }

        @Override
        public List<Path> recentFiles() {
            return List.copyOf(recent);
        }

        @Override
        public void addRecentFile(Path file) {
            recent.remove(file);
            recent.addFirst(file);
        }

        @Override
        public Optional<SavedPdf> savedPdf(Path notesFile, int round) {
            return Optional.ofNullable(pdfs.get(notesFile.toAbsolutePath().normalize() + "#" + round));
        }

        @Override
        public void rememberSavedPdf(Path notesFile, int round, SavedPdf saved) {
            pdfs.put(notesFile.toAbsolutePath().normalize() + "#" + round, saved);
        }
    }
}
