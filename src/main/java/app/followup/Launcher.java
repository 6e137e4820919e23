package app.followup;

import app.followup.cli.Cli;

/**
 * The runnable jar's entry point. It does not extend JavaFX's Application, so that the classpath jar starts, and
 * so that commands run without loading the toolkit at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            app.followup.ui.FollowUpApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
