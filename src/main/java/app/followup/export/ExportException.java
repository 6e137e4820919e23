package app.followup.export;

import java.nio.file.Path;

/**
 * An output that could not be written, and so none of its set was: the target as the user named it, and the
 * problem in one line that starts with the output's label ("--pdf: is read-only; it was not replaced").
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    ExportException(Path target, String problem) {
        super(problem);
        this.target = target;
    }

    ExportException(Path target, String problem, Throwable cause) {
        super(problem, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
