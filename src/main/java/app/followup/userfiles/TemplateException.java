package app.followup.userfiles;

import java.nio.file.Path;

/** A letter template of the user's that cannot be used; the message names the file and, where known, the line. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    TemplateException(Path file, String problem, Throwable cause) {
        super("letter template " + file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** What is wrong, without the file's name. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
