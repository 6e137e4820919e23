package app.followup.cli;

import app.followup.export.ExportException;
import app.followup.export.OutputSet;
import java.nio.file.Path;
import java.util.Collection;

/** A command's output files, written whole or not at all ({@link OutputSet}); a problem is a usage error. */
final class OutputFiles {
    private final OutputSet outputs;

    /** Outputs that must not replace any of the given notes files ({@code status} and {@code log} read many). */
    OutputFiles(Collection<Path> inputs) {
        this.outputs = new OutputSet(inputs);
    }

    void add(String option, Path target, byte[] content) {
        try {
            outputs.add(option, target, content);
        } catch (ExportException e) {
            throw usage(e);
        }
    }

    void writeAll() {
        try {
            outputs.writeAll();
        } catch (ExportException e) {
            throw usage(e);
        }
    }

    static UsageException usage(ExportException e) {
        return UsageException.about(e.target(), e.getMessage());
    }
}
