package app.followup.ui;

import app.followup.ui.common.Dialogs;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window never destroys a file by mistake: changed on disk, read-only, newer, broken. */
public class FileSafetyTest {
    @TempDir
    Path folder;
    final FakeDialogs dialogs = new FakeDialogs();
    final MainViewModel main = TestWindow.english().dialogs(dialogs).build();

    private Path openCopy() throws Exception {
        Path file = folder.resolve("a.followup.json");
        Files.copy(Samples.NORDLYS, file);
        main.open(file);
        main.wizard().page(ChallengePageViewModel.class).challenge.set("Mine endringer");
        return file;
    }

    private static String changedElsewhere(Path file) throws Exception {
        String theirs = Files.readString(file).replace("Key Account Manager", "Partnersjef");
        Files.writeString(file, theirs);
        return theirs;
    }

    @Test
    void savingOverAFileChangedElsewhereAsksAndCancelKeepsTheirs() throws Exception {
        Path file = openCopy();
        String theirs = changedElsewhere(file);
        dialogs.changedAnswer = Dialogs.ChangedOnDisk.CANCEL;
        main.save();
        assertThat(dialogs.asked).contains("changed:a.followup.json");
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(main.document().dirtyProperty().get()).isTrue();
    }

    @Test
    void keepBothSavesOursBesideTheirs() throws Exception {
        Path file = openCopy();
        String theirs = changedElsewhere(file);
        dialogs.changedAnswer = Dialogs.ChangedOnDisk.KEEP_BOTH;
        main.save();
        Path ours = folder.resolve("a (2).followup.json");
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(Samples.load(ours).rounds().get(0).challenge()).isEqualTo("Mine endringer");
        assertThat(main.document().fileProperty().get()).isEqualTo(ours);
        assertThat(main.document().dirtyProperty().get()).isFalse();
    }

    @Test
    void overwriteReplacesTheirsAndAnUnchangedFileIsSavedWithoutAsking() throws Exception {
        Path file = openCopy();
        main.save();
        assertThat(dialogs.asked).noneMatch(a -> a.startsWith("changed:"));
        main.wizard().page(ChallengePageViewModel.class).challenge.set("Enda en endring");
        changedElsewhere(file);
        dialogs.changedAnswer = Dialogs.ChangedOnDisk.OVERWRITE;
        main.save();
        assertThat(Samples.load(file).rounds().get(0).challenge()).isEqualTo("Enda en endring");
    }

    @Test
    void aReadOnlyFileIsLeftAloneTheWorkKeptAndSaveAsOffered() throws Exception {
        Path file = openCopy();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Path elsewhere = folder.resolve("elsewhere.followup.json");
        dialogs.toSave = elsewhere;
        main.save();
        assertThat(dialogs.errors).singleElement().asString().contains("read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Samples.load(elsewhere).rounds().get(0).challenge()).isEqualTo("Mine endringer");
        assertThat(main.document().fileProperty().get()).isEqualTo(elsewhere);
    }

    @Test
    void aReadOnlyFolderSaysSoToo() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        dialogs.candidate = MainViewModelTest.KARI;
        main.newApplication();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            dialogs.toSave = locked.resolve("new.followup.json");
            main.save();
            assertThat(dialogs.errors).isNotEmpty().allMatch(e -> e.contains("read-only"));
            assertThat(locked.resolve("new.followup.json")).doesNotExist();
            assertThat(main.document().fileProperty().get()).as("still unsaved").isNull();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNewerOrBrokenFileIsReportedAndNeverTouched() throws Exception {
        Path newer = folder.resolve("newer.followup.json");
        String text = "{\"format\": \"followup-notes\", \"version\": 3, \"rounds\": []}";
        Files.writeString(newer, text);
        main.open(newer);
        assertThat(dialogs.errors).singleElement().asString().contains("newer FollowUp");
        assertThat(main.document().isOpen()).isFalse();
        assertThat(Files.readString(newer)).isEqualTo(text);
        Path broken = folder.resolve("broken.followup.json");
        Files.writeString(broken, "{\n  \"format\": \"followup-notes\",\n  oops\n}");
        main.open(broken);
        assertThat(dialogs.errors.get(1)).contains("broken.followup.json").contains("line 3, column 3");
    }
}
