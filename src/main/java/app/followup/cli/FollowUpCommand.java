package app.followup.cli;

import app.followup.ProgramVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "followup",
        mixinStandardHelpOptions = true,
        versionProvider = FollowUpCommand.Version.class,
        description = {
            "Writes the follow-up letter after a job interview from your notes.",
            "Without a command, java -jar followup.jar opens the window."},
        footer = {"", "Exit status: 0 done, 1 check found an ERROR, 2 unusable input or arguments (nothing written)."})
public final class FollowUpCommand implements Runnable {
    /** The commands by the names their {@code @Command} gives them, in the order the help lists them. */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line for these arguments. Picocli builds each command's model by reflection when it is added,
     * which on a cold start cost more than the rest of parsing: when the first argument names a command only that
     * one is built, otherwise (the help, a mistyped name) all of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new FollowUpCommand());
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
        return commandLine;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("render", RenderCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("new-round", NewRoundCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("log", LogCommand::new);
        return commands;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"FollowUp " + ProgramVersion.current().orElse("development build")};
        }
    }
}
