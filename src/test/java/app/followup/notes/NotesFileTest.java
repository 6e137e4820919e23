package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.followup.Samples;
import app.followup.model.Notes;
import app.followup.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesFileTest {
    @TempDir
    Path folder;
    private final NotesFile files = new NotesFile();

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = folder.resolve("a.followup.json");
        Files.copy(Samples.NORDLYS, file);
        byte[] before = Files.readAllBytes(file);
        Notes notes = files.load(file).withNewRound(LocalDate.of(2026, 12, 3), Stage.DECISION_MAKER);
        files.save(file, notes);
        assertThat(Files.readAllBytes(folder.resolve("a.followup.json.bak"))).isEqualTo(before);
        assertThat(files.load(file).rounds()).hasSize(2);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no temporary files left behind")
                    .containsExactlyInAnyOrder("a.followup.json", "a.followup.json.bak");
        }
    }

    @Test
    void failuresAreToldApartByTheirType() throws Exception {
        assertThatThrownBy(() -> files.load(folder.resolve("gone.followup.json")))
                .isInstanceOf(MissingFileException.class).hasMessage("no such file");
        Path foreign = Files.writeString(folder.resolve("package.json"), "{\"name\": \"left-pad\"}");
        assertThatThrownBy(() -> files.load(foreign)).isInstanceOf(ForeignFileException.class);
        assertThatThrownBy(() -> files.save(foreign, files.load(Samples.NORDLYS)))
                .isInstanceOf(NotesException.class).hasCauseInstanceOf(ForeignFileException.class)
                .hasMessage("not saved: the file on disk is not a FollowUp notes file");
        assertThat(Files.readString(foreign)).isEqualTo("{\"name\": \"left-pad\"}");
        assertThat(files.fingerprint(folder.resolve("gone.followup.json"))).isEqualTo("missing");
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = folder.resolve("shared.followup.json");
        Files.copy(Samples.NORDLYS, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        files.save(file, files.load(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw-r--");
        Path fresh = folder.resolve("fresh.followup.json");
        files.save(fresh, files.load(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aNewerVersionOnDiskIsNeverOverwritten() throws Exception {
        Path file = folder.resolve("newer.json");
        String newer = "{\"format\": \"followup-notes\", \"version\": 7, \"rounds\": []}";
        Files.writeString(file, newer);
        assertThatThrownBy(() -> files.save(file, Samples.load(Samples.NORDLYS)))
                .isInstanceOf(NotesException.class).hasMessageContaining("newer FollowUp");
        assertThat(Files.readString(file)).isEqualTo(newer);
    }

    @Test
    void anotherKindOfFileIsNeverOverwritten() throws Exception {
        Path file = folder.resolve("package.json");
        Files.writeString(file, "{\"name\": \"my-app\"}");
        assertThatThrownBy(() -> files.save(file, Samples.load(Samples.NORDLYS)))
                .hasMessageContaining("not a FollowUp notes file");
        assertThat(Files.readString(file)).isEqualTo("{\"name\": \"my-app\"}");
    }

    @Test
    void missingFilesAndFoldersSaySo() {
        assertThatThrownBy(() -> files.load(folder.resolve("nothing.json"))).hasMessage("no such file");
        assertThatThrownBy(() -> files.load(folder)).hasMessage("is a folder, not a notes file");
        assertThatThrownBy(() -> files.save(folder.resolve("no/such/folder/x.json"), Samples.load(Samples.NORDLYS)))
                .hasMessageContaining("folder does not exist");
    }
}
