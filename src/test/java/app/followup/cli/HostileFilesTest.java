package app.followup.cli;

import static app.followup.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.cli.CliTest.Run;
import app.followup.notes.NotesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the attacks on files the tester made from the command line: outputs that reach the notes file by
 * another path, devices, read-only outputs, half-written output sets, symbolic links and concurrent
 * {@code new-round}s, huge and special notes files.
 */
class HostileFilesTest {
    @TempDir
    Path folder;

    private Path notes() throws IOException {
        return Files.copy(Samples.NORDLYS, folder.resolve("nordlys.followup.json"));
    }

    @Test
    void anOutputThroughALinkOrLinkedFolderNeverOverwritesTheNotes() throws Exception {
        Path notes = notes();
        byte[] before = Files.readAllBytes(notes);
        Path link = Files.createSymbolicLink(folder.resolve("letter.txt"), notes.getFileName());
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("d"), Path.of("."));
        for (String[] output : new String[][] {{"--text", link.toString()},
                {"--pdf", linkedFolder.resolve(notes.getFileName()).toString()},
                {"--eml", linkedFolder.resolve("d").resolve(notes.getFileName()).toString()}}) {
            Run run = run("render", notes.toString(), output[0], output[1]);
            assertThat(run.status()).as(String.join(" ", output)).isEqualTo(2);
            assertThat(run.err()).contains("would overwrite the notes file itself").doesNotContain("\n ");
        }
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void devicesAreNeverReplacedByAFile() throws Exception {
        Path notes = notes();
        for (String[] output : new String[][] {{"--pdf", "/dev/null"}, {"--text", "/dev/full"},
                {"--text", "/dev/stdout"}}) {
            Run run = run("render", notes.toString(), output[0], output[1]);
            assertThat(run.status()).as(output[1]).isEqualTo(2);
            assertThat(run.err()).contains("not a regular file");
            assertThat(Files.isRegularFile(Path.of(output[1]))).as(output[1]).isFalse();
        }
    }

    @Test
    void aReadOnlyOutputIsLeftAsItIs() throws Exception {
        Path notes = notes();
        Path text = Files.writeString(folder.resolve("letter.txt"), "kept");
        text.toFile().setWritable(false, false);
        Run run = run("render", notes.toString(), "--text", text.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("read-only");
        assertThat(Files.readString(text)).isEqualTo("kept");
    }

    @Test
    void anOutputNameTooLongForTheFileSystemIsNamedNotItsTemporaryFile() throws Exception {
        Path notes = notes();
        String name = "a".repeat(252) + ".pdf";
        Run run = run("render", notes.toString(), "--pdf", folder.resolve(name).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(folder.resolve(name) + ": --pdf: cannot be written: the file name is 256")
                .doesNotContain(".tmp");
        String fits = "a".repeat(251) + ".pdf";
        assertThat(run("render", notes.toString(), "--pdf", folder.resolve(fits).toString()).status()).isZero();
    }

    @Test
    void twoOutputsNamingOneFileAreRefused() throws Exception {
        Path notes = notes();
        Run run = run("render", notes.toString(), "--text", folder.resolve("Letter.txt").toString(),
                "--eml", folder.resolve("./letter.TXT").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("more than one output option");
    }

    @Test
    void newRoundThroughASymbolicLinkUpdatesTheRealFileAndKeepsTheLink() throws Exception {
        Path real = notes();
        Files.createDirectories(folder.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(folder.resolve("elsewhere/notes.json"), real);
        Run run = run("new-round", link.toString(), "--date", "2026-12-03");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Samples.load(real).rounds()).hasSize(2);
        assertThat(folder.resolve("nordlys.followup.json.bak")).exists();
    }

    @Test
    void parallelNewRoundsInSeparateProcessesLoseNoRound() throws Exception {
        Path notes = notes();
        int processes = 6;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            running.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "app.followup.Launcher", "new-round", notes.toString(), "--date", "2026-12-0" + (i + 1))
                    .redirectErrorStream(true).start());
        }
        for (Process process : running) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        }
        assertThat(Samples.load(notes).rounds()).as("every process added its round").hasSize(1 + processes);
    }

    @Test
    void aPipeOrDeviceAsTheNotesFileIsRefusedNotWaitedOn() throws Exception {
        Path fifo = folder.resolve("notes.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (String file : new String[] {fifo.toString(), "/dev/zero", "/dev/stdin"}) {
            Run run = run("render", file);
            assertThat(run.status()).as(file).isEqualTo(2);
            assertThat(run.err()).as(file).contains("not a regular file");
        }
    }

    @Test
    void aNotesFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            out.write("{\"format\":\"followup-notes\",\"x\":\"".getBytes());
            out.write(new byte[NotesFile.MAX_BYTES]);
        }
        Run run = run("render", huge.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("notes files over 10 MB are refused").doesNotContain("\n ");
    }
}
