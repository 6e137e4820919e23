package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, classes 1, 2 and 14: an output that is the notes file by another path, or not a regular file. */
class OutputTargetTest {
    @TempDir
    Path folder;

    private Path notes() throws Exception {
        return Files.writeString(folder.resolve("notes.json"), "{}");
    }

    @Test
    void theNotesFileThroughALinkIsRefused() throws Exception {
        Path notes = notes();
        Path link = Files.createSymbolicLink(folder.resolve("letter.txt"), notes.getFileName());
        assertThatThrownBy(() -> OutputTarget.check(link, notes)).hasMessageContaining("notes file itself");
    }

    @Test
    void theNotesFileThroughALinkedFolderIsRefused() throws Exception {
        Path notes = notes();
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("d"), Path.of("."));
        assertThatThrownBy(() -> OutputTarget.check(linkedFolder.resolve("notes.json"), notes))
                .hasMessageContaining("notes file itself");
        assertThatThrownBy(() -> OutputTarget.check(Path.of(folder + "/d/./d/notes.json"), notes))
                .hasMessageContaining("notes file itself");
    }

    @Test
    void theNotesFileThroughAHardLinkIsRefused() throws Exception {
        Path notes = notes();
        Path hard = Files.createLink(folder.resolve("copy.txt"), notes);
        assertThatThrownBy(() -> OutputTarget.check(hard, notes)).hasMessageContaining("notes file itself");
    }

    @Test
    void theNotesFileInOtherLetterCaseIsRefusedOnMacAndWindows() throws Exception {
        for (Configuration configuration : new Configuration[] {Configuration.osX(), Configuration.windows()}) {
            try (FileSystem fs = Jimfs.newFileSystem(configuration)) {
                Path work = fs.getPath(configuration == Configuration.windows() ? "C:\\work" : "/work");
                Files.createDirectories(work);
                Path notes = Files.writeString(work.resolve("Notes.json"), "{}");
                assertThatThrownBy(() -> OutputTarget.check(work.resolve("NOTES.JSON"), notes))
                        .as(configuration.toString()).hasMessageContaining("notes file itself");
                assertThat(OutputTarget.check(work.resolve("letter.pdf"), notes).collisionKey())
                        .isEqualTo(OutputTarget.check(work.resolve("LETTER.pdf"), notes).collisionKey());
            }
        }
    }

    @Test
    void windowsPathsThroughParentFoldersAreTheNotesFile() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path work = Files.createDirectories(fs.getPath("C:\\Users\\kari\\jobb"));
            Path notes = Files.writeString(work.resolve("nordlys.followup.json"), "{}");
            Path roundabout = fs.getPath("C:\\Users\\KARI\\.\\jobb\\..\\JOBB\\Nordlys.FollowUp.json");
            assertThatThrownBy(() -> OutputTarget.check(roundabout, notes)).hasMessageContaining("notes file itself");
        }
    }

    @Test
    void aLinkToAnotherFileIsWrittenWhereItPoints() throws Exception {
        Path notes = notes();
        Path real = Files.writeString(folder.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), real.getFileName());
        assertThat(OutputTarget.check(link, notes).real()).isEqualTo(real.toRealPath());
    }

    @Test
    void devicesAndPipesAreRefusedEvenForRoot() throws Exception {
        Path notes = notes();
        for (String device : new String[] {"/dev/null", "/dev/full", "/dev/stdout"}) {
            assertThatThrownBy(() -> OutputTarget.check(Path.of(device), notes)).as(device)
                    .hasMessageContaining("not a regular file");
        }
        Path fifo = folder.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> OutputTarget.check(fifo, notes)).hasMessageContaining("not a regular file");
    }

    @Test
    void aReadOnlyOutputIsNotReplaced() throws Exception {
        Path notes = notes();
        Path kept = Files.writeString(folder.resolve("kept.pdf"), "mine");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> OutputTarget.check(kept, notes)).hasMessageContaining("read-only");
    }

    @Test
    void aNameLongerThanFileSystemsAllowIsNamedInTheError() throws Exception {
        Path notes = notes();
        Path longName = folder.resolve("ø".repeat(128) + ".pdf");
        assertThatThrownBy(() -> OutputTarget.check(longName, notes))
                .hasMessageContaining("file name is 260 bytes long").hasMessageNotContaining(".tmp");
    }

    @Test
    void aNewNameInAnExistingFolderIsFine() throws Exception {
        Path notes = notes();
        assertThat(OutputTarget.check(folder.resolve("letter.pdf"), notes).real())
                .isEqualTo(folder.toRealPath().resolve("letter.pdf"));
    }
}
