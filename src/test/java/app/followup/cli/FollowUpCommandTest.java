package app.followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class FollowUpCommandTest {
    @Test
    void everyCommandIsFoundByTheNameItsHelpShows() {
        for (Map.Entry<String, Supplier<Object>> command : FollowUpCommand.COMMANDS.entrySet()) {
            assertThat(command.getValue().get().getClass().getAnnotation(Command.class).name())
                    .isEqualTo(command.getKey());
        }
    }

    @Test
    void theHelpListsEveryCommandInOrder() {
        CliTest.Run run = CliTest.run("--help");
        assertThat(run.out()).containsSubsequence("render", "check", "new-round", "status", "log");
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(FollowUpCommand.commandLine(new String[] {"check", "notes.json"}).getSubcommands())
                .containsOnlyKeys("check");
        assertThat(FollowUpCommand.commandLine(new String[] {"chek"}).getSubcommands())
                .containsOnlyKeys("render", "check", "new-round", "status", "log");
    }
}
