package app.followup.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's own folders as the desktop names them. Downloads, where a browser or mail program saves attachments
 * and so a calendar invitation usually is; Documents, where a first letter and its notes are saved when nothing is
 * remembered yet (a tester's first PDF went to the home folder, the dialog's own choice). On Linux the XDG user
 * directory ({@code XDG_DOWNLOAD_DIR} or {@code XDG_DOCUMENTS_DIR} in {@code user-dirs.dirs}, "Nedlastinger" and
 * "Dokumenter" on a Norwegian desktop), else {@code Downloads} or {@code Documents} in the home folder, as on
 * Windows and macOS. A folder that does not exist is not offered.
 */
public final class UserFolders {
    private UserFolders() {
    }

    public static Optional<Path> downloads() {
        return find(home(), configHome(), "XDG_DOWNLOAD_DIR", "Downloads");
    }

    public static Optional<Path> documents() {
        return find(home(), configHome(), "XDG_DOCUMENTS_DIR", "Documents");
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static Path configHome() {
        String configHome = System.getenv("XDG_CONFIG_HOME");
        return configHome == null || configHome.isBlank() ? home().resolve(".config") : Path.of(configHome);
    }

    static Optional<Path> find(Path home, Path configHome, String key, String plainName) {
        return xdgFolder(home, configHome.resolve("user-dirs.dirs"), key).filter(Files::isDirectory)
                .or(() -> Optional.of(home.resolve(plainName)).filter(Files::isDirectory));
    }

    private static Optional<Path> xdgFolder(Path home, Path userDirs, String key) {
        if (!Files.isRegularFile(userDirs)) {
            return Optional.empty();
        }
        Pattern entry = Pattern.compile("^\\s*" + key + "\\s*=\\s*\"([^\"]*)\"");
        try {
            List<String> lines = Files.readAllLines(userDirs, StandardCharsets.UTF_8);
            for (String line : lines) {
                Matcher found = entry.matcher(line);
                if (found.find()) {
                    String folder = found.group(1);
                    // the file's own rule: a path relative to $HOME, or absolute
                    return Optional.of(folder.startsWith("$HOME") ? Path.of(home + folder.substring(5))
                            : Path.of(folder));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // a broken user-dirs.dirs means the plain folder
        }
        return Optional.empty();
    }
}
