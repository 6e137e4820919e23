package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.LetterComposer;
import app.followup.letter.TemplateLibrary;
import app.followup.notes.RecoveryStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of typing loses at most a few seconds of work. */
class CrashRecoveryTest {
    @TempDir
    Path folder;

    private MainViewModel restart(FakeDialogs dialogs, Path data) {
        return new MainViewModel(new I18n(I18n.ENGLISH), new UserStore.InMemory(), dialogs,
                new BackgroundRunner.Immediate(), () -> LocalDate.of(2026, 11, 27),
                new LetterComposer(new TemplateLibrary(null)), new RecoveryStore(data));
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
            Thread.sleep(RecoveryKeeper.DELAY_MILLIS + 1500);
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
        assertThat(main.wizard().step(ChallengeStepViewModel.class).challenge.get()).startsWith(RecoveryHarness.TYPED);
        assertThat(main.document().fileProperty().get()).isEqualTo(notes);
        assertThat(main.document().dirtyProperty().get()).as("restored work is still unsaved").isTrue();

        main.save();
        assertThat(Samples.load(notes).rounds().get(0).challenge()).startsWith(RecoveryHarness.TYPED);
        FakeDialogs again = new FakeDialogs();
        restart(again, data).offerRecovery();
        assertThat(again.asked).as("saved work leaves no recovery copy").isEmpty();
    }

    @Test
    void discardingTheRecoveryCopyRemovesIt() throws Exception {
        Path data = folder.resolve("data");
        new RecoveryStore(data).keep(Samples.load(Samples.NORDLYS), null);
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
        MainViewModel main = restart(dialogs, data);
        main.open(Samples.NORDLYS);
        main.wizard().step(VisionStepViewModel.class).vision.set("Ny visjon");
        assertThat(new RecoveryStore(data).find()).hasValueSatisfying(r ->
                assertThat(r.notes().rounds().get(0).hiringVision()).isEqualTo("Ny visjon"));
        dialogs.unsavedAnswer = Dialogs.Unsaved.DISCARD;
        main.whenMayLeave(() -> { });
        assertThat(new RecoveryStore(data).find()).isEmpty();
    }
}
