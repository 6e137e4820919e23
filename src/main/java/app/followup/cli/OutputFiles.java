package app.followup.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of outputs whole or not at all: each is checked and staged as a temporary file beside its
 * target first; only when all are staged are they moved into place.
 */
final class OutputFiles {
    private final Map<Path, byte[]> outputs = new LinkedHashMap<>();
    private final Path input;

    OutputFiles(Path input) {
        this.input = input.toAbsolutePath().normalize();
    }

    void add(String option, Path target, byte[] content) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(input)) {
            throw UsageException.about(target, option + " would overwrite the notes file itself");
        }
        if (Files.isDirectory(absolute)) {
            throw UsageException.about(target, option + " names a folder, not a file");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw UsageException.about(target, "cannot be written: the folder does not exist");
        }
        if (outputs.containsKey(absolute)) {
            throw UsageException.about(target, "is named by more than one output option");
        }
        outputs.put(absolute, content);
    }

    void writeAll() {
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> output : outputs.entrySet()) {
                Path target = output.getKey();
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                staged.add(new Path[] {temp, target});
                Files.write(temp, output.getValue());
            }
            for (Path[] pair : staged) {
                move(pair[0], pair[1]);
            }
            staged.clear();
        } catch (IOException e) {
            Path failed = staged.isEmpty() ? outputs.keySet().iterator().next() : staged.get(staged.size() - 1)[1];
            throw UsageException.about(failed, "cannot be written: " + e.getMessage());
        } finally {
            for (Path[] pair : staged) {
                try {
                    Files.deleteIfExists(pair[0]);
                } catch (IOException ignored) {
                    // a hidden temporary file left behind is harmless; the write error is what the user sees
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
