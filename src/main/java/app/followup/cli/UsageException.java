package app.followup.cli;

import java.nio.file.Path;

/** Input the command cannot use: reported as one line on stderr with exit status 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    static UsageException about(Path file, String problem) {
        return new UsageException(file + ": " + Cli.oneLine(problem));
    }
}
