package app.followup.cli;

import app.followup.ProgramVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "followup",
        mixinStandardHelpOptions = true,
        versionProvider = FollowUpCommand.Version.class,
        description = {
            "Writes the follow-up letter after a job interview from your notes.",
            "Without a command, java -jar followup.jar opens the window."},
        subcommands = {RenderCommand.class, CheckCommand.class, NewRoundCommand.class, StatusCommand.class,
            LogCommand.class},
        footer = {"", "Exit status: 0 done, 1 check found an ERROR, 2 unusable input or arguments (nothing written)."})
public final class FollowUpCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"FollowUp " + ProgramVersion.current().orElse("development build")};
        }
    }
}
