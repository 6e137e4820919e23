package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invitation dialog opens where the mail program saved the attachment (a tester hunted for the .ics); a first
 * letter is saved in Documents.
 */
class UserFoldersTest {
    @TempDir
    Path home;

    @Test
    void aNorwegianDesktopsDownloadFolderIsReadFromUserDirs() throws Exception {
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("Nedlastinger"));
        Files.createDirectories(home.resolve("Downloads"));
        Files.writeString(config.resolve("user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Skrivebord\"\n"
                        + "XDG_DOWNLOAD_DIR=\"$HOME/Nedlastinger\"\n");
        assertThat(UserFolders.find(home, config, "XDG_DOWNLOAD_DIR", "Downloads")).contains(home.resolve("Nedlastinger"));
    }

    @Test
    void withoutUserDirsTheHomeFoldersDownloadsIsUsed() throws Exception {
        Files.createDirectories(home.resolve("Downloads"));
        assertThat(UserFolders.find(home, home.resolve(".config"), "XDG_DOWNLOAD_DIR", "Downloads")).contains(home.resolve("Downloads"));
    }

    @Test
    void aDownloadFolderThatDoesNotExistIsNotOffered() throws Exception {
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOWNLOAD_DIR=\"$HOME/Gone\"\n");
        assertThat(UserFolders.find(home, config, "XDG_DOWNLOAD_DIR", "Downloads")).isEmpty();
    }

    @Test
    void theDocumentsFolderIsItsOwnEntryNotTheDownloads() throws Exception {
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("Nedlastinger"));
        Files.createDirectories(home.resolve("Dokumenter"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOWNLOAD_DIR=\"$HOME/Nedlastinger\"\n"
                + "XDG_DOCUMENTS_DIR=\"$HOME/Dokumenter\"\n");
        assertThat(UserFolders.find(home, config, "XDG_DOCUMENTS_DIR", "Documents")).contains(home.resolve("Dokumenter"));
    }
}
