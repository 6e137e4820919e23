package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.followup.Samples;
import app.followup.model.Notes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, class 10: on a full disk a save fails whole, and neither the notes file nor its old {@code .bak} is
 * touched. The disk is a 96 kB tmpfs mounted for the test, which needs root (the build machine's tests run as
 * root; elsewhere the test is skipped and the by-hand run in docs/reliability.md stands).
 */
class FullDiskTest {
    @TempDir
    Path parent;
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(parent.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        assumeTrue(mounted, "mounting a small tmpfs needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSaveOnAFullDiskKeepsTheNotesAndTheOldBackup() throws Exception {
        NotesFile files = new NotesFile();
        Notes notes = files.load(Samples.NORDLYS);
        for (int i = 0; i < 23; i++) {
            notes = notes.withNewRound(LocalDate.of(2026, 12, 1).plusDays(i), null);
        }
        // the new version fits beside the old one, but the copy of the old one for the .bak does not
        Path file = Files.write(disk.resolve("notes.json"), new NotesWriter().write(notes));
        byte[] notesBefore = Files.readAllBytes(file);
        Path bak = Files.writeString(disk.resolve("notes.json.bak"), "the previous backup");
        Notes bigger = notes.withNewRound(LocalDate.of(2027, 1, 1), null);
        assertThat(notesBefore.length * 2).isLessThan(96 * 1024).isGreaterThan(96 * 1024 - 20 * 1024);
        assertThatThrownBy(() -> files.save(file, bigger)).isInstanceOf(NotesException.class)
                .hasMessageContaining("No space left on device");
        assertThat(Files.readAllBytes(file)).isEqualTo(notesBefore);
        assertThat(Files.readString(bak)).isEqualTo("the previous backup");
        try (var left = Files.list(disk)) {
            assertThat(left).as("no temporary file is left").containsExactlyInAnyOrder(file, bak);
        }
    }
}
