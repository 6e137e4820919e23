package app.followup.cli;

import app.followup.notes.AtomicFiles;
import app.followup.notes.NotesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a set of outputs whole or not at all: each is checked and staged as a temporary file beside its
 * target first; only when all are staged are they moved into place.
 */
final class OutputFiles {
    private final Map<Path, byte[]> outputs = new LinkedHashMap<>();
    private final Set<Path> inputs = new HashSet<>();

    OutputFiles(Path input) {
        this(List.of(input));
    }

    /** Outputs that must not replace any of the given input files. */
    OutputFiles(Collection<Path> inputs) {
        inputs.forEach(input -> this.inputs.add(input.toAbsolutePath().normalize()));
    }

    void add(String option, Path target, byte[] content) {
        Path absolute = target.toAbsolutePath().normalize();
        if (inputs.contains(absolute)) {
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
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> output : outputs.entrySet()) {
                staged.put(output.getKey(), stageOrFail(output.getKey(), output.getValue()));
            }
            for (Map.Entry<Path, Path> ready : staged.entrySet()) {
                commitOrFail(ready.getValue(), ready.getKey());
            }
            staged.clear();
        } finally {
            staged.values().forEach(AtomicFiles::discard);
        }
    }

    private static Path stageOrFail(Path target, byte[] content) {
        try {
            return AtomicFiles.stage(target, content);
        } catch (NotesException e) {
            throw UsageException.about(target, e.getMessage());
        }
    }

    private static void commitOrFail(Path staged, Path target) {
        try {
            AtomicFiles.commit(staged, target);
        } catch (IOException e) {
            throw UsageException.about(target, "cannot be written: " + e.getMessage());
        }
    }
}
