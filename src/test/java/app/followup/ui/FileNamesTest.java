package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tester saved her notes as "fjordkraft-kam.json", and *All applications* did not find them. */
class FileNamesTest {
    @TempDir
    Path folder;

    @Test
    void aNameTypedWithoutTheNotesEndingGetsIt() {
        assertThat(FileNames.asNotesFile(folder.resolve("fjordkraft-kam.json")))
                .isEqualTo(folder.resolve("fjordkraft-kam.followup.json"));
        assertThat(FileNames.asNotesFile(folder.resolve("fjordkraft")))
                .isEqualTo(folder.resolve("fjordkraft.followup.json"));
        assertThat(FileNames.asNotesFile(folder.resolve("nordlys.followup.json")))
                .isEqualTo(folder.resolve("nordlys.followup.json"));
    }

    @Test
    void aNotesFileAlreadyThereUnderTheAmendedNameIsKept() throws Exception {
        Files.writeString(folder.resolve("fjordkraft-kam.followup.json"), "{}");
        assertThat(FileNames.asNotesFile(folder.resolve("fjordkraft-kam.json")))
                .isEqualTo(folder.resolve("fjordkraft-kam (2).followup.json"));
    }
}
