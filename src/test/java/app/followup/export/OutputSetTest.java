package app.followup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.followup.notes.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of outputs is written whole or not at all, and no temporary file is left behind either way. */
class OutputSetTest {
    @TempDir
    Path folder;

    private List<Path> left() throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFailedThirdMovePutsTheFirstTwoBack() throws Exception {
        Path first = Files.writeString(folder.resolve("first.txt"), "old first");
        Path second = folder.resolve("second.txt");
        Path third = folder.resolve("third.txt");
        List<Path> moved = new ArrayList<>();
        OutputSet outputs = new OutputSet(List.of(folder.resolve("notes.json")), (staged, target) -> {
            if (target.getFileName().toString().equals("third.txt")) {
                throw new IOException("No space left on device");
            }
            moved.add(target);
            AtomicFiles.commit(staged, target);
        });
        outputs.add("--text", first, "new first".getBytes());
        outputs.add("--pdf", second, "new second".getBytes());
        outputs.add("--ics", third, "new third".getBytes());
        assertThatThrownBy(outputs::writeAll).isInstanceOf(ExportException.class)
                .hasMessage("--ics: cannot be written: No space left on device")
                .satisfies(e -> assertThat(((ExportException) e).target()).isEqualTo(third));
        assertThat(moved).as("two outputs were in place before the third failed, then the first was put back")
                .containsExactly(first, second, first);
        assertThat(Files.readString(first)).isEqualTo("old first");
        assertThat(second).doesNotExist();
        assertThat(left()).as("no temporary file is left").containsExactly(first);
    }

    @Test
    void aTargetIsCheckedWhenAddedBeforeAnythingIsWritten() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.json"), "{}");
        OutputSet outputs = new OutputSet(List.of(notes));
        outputs.add("a.pdf", folder.resolve("a.pdf"), "pdf".getBytes());
        assertThatThrownBy(() -> outputs.add("notes", folder.resolve("./notes.json"), "oops".getBytes()))
                .isInstanceOf(ExportException.class).hasMessage("notes: would overwrite the notes file itself");
        assertThatThrownBy(() -> outputs.add("again", folder.resolve("A.PDF"), "x".getBytes()))
                .hasMessage("is named by more than one output option (a.pdf and again)");
        assertThat(left()).containsExactly(notes);
        assertThat(Files.readString(notes)).isEqualTo("{}");
    }

    @Test
    void unsavedNotesLeaveNothingToProtectAndEveryOutputIsWritten() throws Exception {
        List<Path> none = new ArrayList<>();
        none.add(null);
        OutputSet outputs = new OutputSet(none);
        outputs.add("a", folder.resolve("a.txt"), "a".getBytes());
        outputs.add("b", folder.resolve("b.txt"), "b".getBytes());
        outputs.writeAll();
        assertThat(left()).containsExactly(folder.resolve("a.txt"), folder.resolve("b.txt"));
        assertThat(Files.readString(folder.resolve("b.txt"))).isEqualTo("b");
    }
}
