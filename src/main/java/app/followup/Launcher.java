package app.followup;

import java.nio.file.Files;
import java.nio.file.Path;
import app.followup.ui.FollowUpApp;
import app.followup.cli.Cli;

/**
 * The runnable jar's entry point. It does not extend JavaFX's Application, so that the classpath jar starts, and
 * so that commands run without loading the toolkit at all.
 */
public final class Launcher {
    private Launcher() {
    }

    /** One notes file and nothing else, as a desktop passes a double-clicked file: open it in the window. */
    static boolean opensInWindow(String[] args) {
        return args.length == 1 && args[0].endsWith(".json") && Files.isRegularFile(
                Path.of(args[0]));
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensInWindow(args)) {
            FollowUpApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
