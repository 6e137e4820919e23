package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the file dialogs start: a tester's PDF went into the folder of the invitation just opened. */
class StartFoldersTest {
    @TempDir
    Path home;
    private final WindowSettings settings = WindowSettings.inMemory();
    private final AtomicReference<Path> notes = new AtomicReference<>();
    private final StartFolders folders = new StartFolders(settings, notes::get, Optional::empty, Optional::empty);

    private Path folder(String name) throws Exception {
        return Files.createDirectories(home.resolve(name)).toAbsolutePath();
    }

    @Test
    void aLetterIsSavedBesideTheSavedNotesNotWhereTheInvitationWasOpened() throws Exception {
        Path applications = folder("applications");
        notes.set(Files.writeString(applications.resolve("brightwave.followup.json"), "{}"));
        folders.used(Files.writeString(folder("Downloads").resolve("invite.ics"), ""));
        assertThat(folders.forSaving()).contains(applications);
        assertThat(folders.forOpening()).as("an open dialog starts where the user last was")
                .contains(home.resolve("Downloads").toAbsolutePath());
    }

    @Test
    void unsavedNotesSaveTheLetterWhereTheLastLetterWentNotWhereSomethingWasOpened() throws Exception {
        Path letters = folder("letters");
        folders.letterSaved(letters.resolve("letter.pdf"));
        folders.used(Files.writeString(folder("Downloads").resolve("invite.ics"), ""));
        assertThat(folders.forSaving()).contains(letters);
    }

    @Test
    void withNothingRememberedTheDialogsStartWhereThePlatformChooses() {
        assertThat(folders.forSaving()).isEmpty();
        assertThat(folders.forOpening()).isEmpty();
    }

    @Test
    void withNothingRememberedALetterAndItsNotesAreSavedInDocuments() throws Exception {
        Path documents = folder("Documents");
        StartFolders withDocuments = new StartFolders(settings, notes::get, Optional::empty,
                () -> Optional.of(documents));
        assertThat(withDocuments.forSaving()).contains(documents);
        assertThat(withDocuments.forNotes()).contains(documents);
        assertThat(withDocuments.forOpening()).as("an open dialog: where the platform chooses").isEmpty();
        Path letters = folder("letters");
        withDocuments.letterSaved(letters.resolve("letter.pdf"));
        assertThat(withDocuments.forSaving()).as("then where the last letter went").contains(letters);
    }

    @Test
    void anInvitationIsLookedForInDownloadsThenWhereTheLastOneWas() throws Exception {
        Path downloads = folder("Downloads");
        StartFolders withDownloads = new StartFolders(settings, notes::get, () -> Optional.of(downloads),
                Optional::empty);
        folders.used(Files.writeString(folder("applications").resolve("a.followup.json"), "{}"));
        assertThat(withDownloads.forInvitation()).as("the mail program's attachments, not the notes folder")
                .contains(downloads);
        Path invitations = folder("invitations");
        withDownloads.invitationOpened(Files.writeString(invitations.resolve("second.ics"), ""));
        assertThat(withDownloads.forInvitation()).contains(invitations);
    }

    @Test
    void withNoDownloadsFolderAnInvitationIsLookedForWhereTheLastFileWasOpened() throws Exception {
        StartFolders noDownloads = new StartFolders(settings, notes::get, Optional::empty, Optional::empty);
        Path applications = folder("applications");
        noDownloads.used(Files.writeString(applications.resolve("a.followup.json"), "{}"));
        assertThat(noDownloads.forInvitation()).contains(applications);
    }
}
