package app.followup.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a file dialog starts. A letter is saved beside its notes: save dialogs start in the notes file's folder
 * once it has been saved, else where the last letter went, else in the Documents folder (not the home folder a
 * file dialog picks); never in the folder of an invitation just opened. Open
 * dialogs start where the user last opened or saved something, else in the notes file's folder. A calendar
 * invitation is looked for where the last one was, else in the Downloads folder, where mail programs and browsers
 * put attachments.
 */
public final class StartFolders {
    private final WindowSettings settings;
    private final Supplier<Path> notesFile;
    private final Supplier<Optional<Path>> downloads;
    private final Supplier<Optional<Path>> documents;

    /** @param notesFile the notes file open in the window, or null when it has not been saved */
    public StartFolders(WindowSettings settings, Supplier<Path> notesFile) {
        this(settings, notesFile, UserFolders::downloads, UserFolders::documents);
    }

    StartFolders(WindowSettings settings, Supplier<Path> notesFile, Supplier<Optional<Path>> downloads,
                 Supplier<Optional<Path>> documents) {
        this.settings = settings;
        this.notesFile = notesFile;
        this.downloads = downloads;
        this.documents = documents;
    }

    /** A letter: beside the notes, else where the last letter went, else in Documents. */
    public Optional<Path> forSaving() {
        return notesFolder().or(settings::lettersFolder).or(documents);
    }

    /** Save as…: beside the notes, else where a file was last opened or saved, else in Documents. */
    public Optional<Path> forNotes() {
        return notesFolder().or(settings::lastFolder).or(documents);
    }

    public Optional<Path> forOpening() {
        return settings.lastFolder().or(this::notesFolder);
    }

    public Optional<Path> forInvitation() {
        return settings.invitationsFolder().or(downloads).or(this::forOpening);
    }

    /** An invitation was opened: the next one is looked for in the same folder. */
    public void invitationOpened(Path file) {
        settings.invitationsFolder(folderOf(file));
        used(file);
    }

    /** A file was chosen in an open dialog or the notes were saved: the next open dialog starts beside it. */
    public void used(Path file) {
        settings.lastFolder(folderOf(file));
    }

    /** A letter was saved: the next letter of an unsaved application goes beside it. */
    public void letterSaved(Path file) {
        settings.lettersFolder(folderOf(file));
        settings.lastFolder(folderOf(file));
    }

    private Optional<Path> notesFolder() {
        Path open = notesFile.get();
        Path folder = open == null ? null : open.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    private static Path folderOf(Path file) {
        return Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
    }
}
