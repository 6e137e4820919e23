package app.followup.ui.common;

import java.util.LinkedList;
import app.followup.model.Candidate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What FollowUp remembers between sessions: the candidate's details and the recent files. */
public interface UserStore {
    Optional<Candidate> candidate();

    void saveCandidate(Candidate candidate);

    List<Path> recentFiles();

    void addRecentFile(Path file);

    /** Kept in memory only, for tests. */
    final class InMemory implements UserStore {
        private Candidate candidate;
        private final LinkedList<Path> recent = new LinkedList<>();

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
    }
}
