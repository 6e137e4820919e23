package app.followup.ui;

import app.followup.ui.common.Dialogs;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.notes.RecoveryStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** kill -9 in the middle of typing loses at most a few seconds of work. */
public class CrashRecoveryTest {
    private static final String RECOVERY_COPY = "recovery.followup.json";
    @TempDir
    Path folder;

    private MainViewModel restart(FakeDialogs dialogs, Path data) {
        return window(dialogs, new RecoveryStore(data));
    }

    private static MainViewModel window(FakeDialogs dialogs, RecoveryStore store) {
        return TestWindow.english().dialogs(dialogs).recovery(store).build();
    }

    @Test
    void aKilledProcessLeavesTheTypedTextToRestore() throws Exception {
        Path notes = folder.resolve("nordlys.followup.json");
        Files.copy(Samples.NORDLYS, notes);
        byte[] onDisk = Files.readAllBytes(notes);
        Path data = folder.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecoveryHarness.class.getName(), notes.toString(), data.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("TYPED"));
            assertThat(line).as("the harness typed its text").isEqualTo("TYPED");
            // the kill comes once a recovery copy holds what was typed, however long a busy machine takes
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> recoveryHolds(data));
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(Files.readAllBytes(notes)).as("the file itself was never saved").isEqualTo(onDisk);

        FakeDialogs dialogs = new FakeDialogs();
        MainViewModel main = restart(dialogs, data);
        main.offerRecovery();
        assertThat(dialogs.asked).contains("restore:nordlys.followup.json");
        assertThat(main.wizard().page(ChallengePageViewModel.class).challenge.get()).startsWith(RecoveryHarness.TYPED);
        assertThat(main.document().fileProperty().get()).isEqualTo(notes);
        assertThat(main.document().dirtyProperty().get()).as("restored work is still unsaved").isTrue();

        main.save();
        assertThat(Samples.load(notes).rounds().get(0).challenge()).startsWith(RecoveryHarness.TYPED);
        FakeDialogs again = new FakeDialogs();
        restart(again, data).offerRecovery();
        assertThat(again.asked).as("saved work leaves no recovery copy").isEmpty();
    }

    private static boolean recoveryHolds(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return false;
        }
        try (var files = Files.walk(data)) {
            // only the finished copy counts: the staged temporary file holds the text before it is moved into
            // place, and a kill between the two leaves nothing to restore
            return files.filter(file -> file.getFileName().toString().equals(RECOVERY_COPY)).anyMatch(file -> {
                try {
                    return Files.readString(file).contains(RecoveryHarness.TYPED);
                } catch (IOException | UncheckedIOException e) {
                    return false;   // moved away while it was read
                }
            });
        } catch (UncheckedIOException e) {
            return false;   // a temporary copy was moved into place while the folder was read: look again
        }
    }

    @Test
    void discardingTheRecoveryCopyRemovesIt() throws Exception {
        Path data = folder.resolve("data");
        RecoveryStore crashed = new RecoveryStore(data);
        crashed.keep(Samples.load(Samples.NORDLYS), null);
        crashed.release();
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.restoreAnswer = false;
        MainViewModel main = restart(dialogs, data);
        main.offerRecovery();
        assertThat(dialogs.asked).containsExactly("restore:Untitled");
        assertThat(main.document().isOpen()).isFalse();
        assertThat(new RecoveryStore(data).find()).isEmpty();
    }

    @Test
    void unsavedEditsAreKeptAndDontSaveRemovesThem() throws Exception {
        Path data = folder.resolve("data");
        FakeDialogs dialogs = new FakeDialogs();
        RecoveryStore store = new RecoveryStore(data);
        MainViewModel main = window(dialogs, store);
        main.open(Samples.NORDLYS);
        main.wizard().page(VisionPageViewModel.class).vision.set("Ny visjon");
        assertThat(copies(data)).singleElement().satisfies(copy ->
                assertThat(Samples.load(copy).rounds().get(0).hiringVision()).isEqualTo("Ny visjon"));
        dialogs.unsavedAnswer = Dialogs.Unsaved.DISCARD;
        main.whenMayLeave(() -> { });
        assertThat(copies(data)).isEmpty();
    }

    /** Issue 12, class 4: a second window neither offers nor discards the live copy of the first. */
    @Test
    void aSecondWindowLeavesTheFirstWindowsCopyAlone() throws Exception {
        Path data = folder.resolve("data");
        RecoveryStore first = new RecoveryStore(data);
        MainViewModel one = window(new FakeDialogs(), first);
        one.open(Samples.NORDLYS);
        one.wizard().page(VisionPageViewModel.class).vision.set("Typed in the first window");

        FakeDialogs secondDialogs = new FakeDialogs();
        MainViewModel two = window(secondDialogs, new RecoveryStore(data));
        two.offerRecovery();
        assertThat(secondDialogs.asked).as("the first window is still running").isEmpty();
        two.open(Samples.VESTLAND);
        two.wizard().page(VisionPageViewModel.class).vision.set("Typed in the second window");
        assertThat(copies(data)).as("one copy per open document").hasSize(2);

        first.release();
        FakeDialogs thirdDialogs = new FakeDialogs();
        MainViewModel three = window(thirdDialogs, new RecoveryStore(data));
        three.offerRecovery();
        assertThat(thirdDialogs.asked).as("the first window has gone: its copy is offered, not the second's")
                .containsExactly("restore:" + Samples.NORDLYS.getFileName());
        assertThat(three.wizard().page(VisionPageViewModel.class).vision.get()).isEqualTo("Typed in the first window");
        assertThat(copies(data)).as("the restored copy became the third window's own").hasSize(2);
    }

    /** Issue 12, class 5: the copy holds the salary expectation; only its owner may read it. */
    @Test
    void theRecoveryCopyIsPrivate() throws Exception {
        Path data = folder.resolve("data");
        MainViewModel main = window(new FakeDialogs(), new RecoveryStore(data));
        main.open(Samples.NORDLYS);
        main.wizard().page(VisionPageViewModel.class).vision.set("Ny visjon");
        Path copy = copies(data).get(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())))
                .isEqualTo("rwx------");
        try (var files = Files.list(copy.getParent())) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    private static List<Path> copies(Path data) throws Exception {
        try (var found = Files.find(data, 2, (path, attributes) -> path.getFileName().toString()
                .equals(RECOVERY_COPY))) {
            return found.toList();
        }
    }
}
