package app.followup.cli;

import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.applications.Application;
import app.followup.applications.Scan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes files read while the arguments are parsed: used only for exactly the folders picocli finds. */
class ScanAheadTest {
    @TempDir
    Path folder;
    @TempDir
    Path other;

    @Test
    void theFoldersAreGuessedPastTheOptionsAndTheirValues() {
        save(folder.resolve("a.followup.json"), myStep(sent(), "2026-12-09"));
        ScanAhead ahead = ScanAhead.start(new String[] {"status", "--today", "2026-12-01", "--all", folder.toString(),
            "--ics", other.resolve("all.ics").toString()});

        Scan scan = ahead.scanFor(List.of(folder));

        assertThat(scan.applications()).extracting(Application::fileName).containsExactly("a.followup.json");
    }

    @Test
    void aReadingForOtherFoldersIsNotUsed() {
        save(folder.resolve("a.followup.json"), myStep(sent(), "2026-12-09"));
        ScanAhead ahead = ScanAhead.start(new String[] {"log", folder.toString(), "--from", "2026-11-01",
            "--to", "2026-11-30"});

        assertThat(ahead.scanFor(List.of(folder, other))).isNull();
    }

    @Test
    void onlyStatusAndLogAreReadAheadAndShortOptionsAreNotGuessedAt() {
        assertThat(ScanAhead.start(new String[] {"render", folder.toString()})).isNull();
        assertThat(ScanAhead.start(new String[] {"status", "-h"})).isNull();
        assertThat(ScanAhead.start(new String[0])).isNull();
    }

    @Test
    void withAnOptionWrittenWithItsValueTheOutputIsAsWithoutReadingAhead() {
        save(folder.resolve("a.followup.json"), myStep(sent(), "2026-12-09"));
        save(other.resolve("b.followup.json"), myStep(sent(), "2026-12-03"));
        // "--today=…" is one argument: the guess is both folders, as picocli finds
        String joined = run("status", "--today=2026-12-01", folder.toString(), other.toString());
        String apart = run("status", folder.toString(), "--today", "2026-12-01", other.toString());

        assertThat(joined).isEqualTo(apart).contains("2026-12-03\tmy-step").contains("2026-12-09\tmy-step");
        assertThat(joined.indexOf("b.followup.json")).isLessThan(joined.indexOf("a.followup.json"));
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
