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
 * The folder a browser or mail program saves attachments to, where a calendar invitation usually is. On Linux the
 * XDG user directory ({@code XDG_DOWNLOAD_DIR} in {@code user-dirs.dirs}, "Nedlastinger" on a Norwegian desktop),
 * else {@code Downloads} in the home folder, as on Windows and macOS.
 */
public final class DownloadsFolder {
    private static final Pattern XDG_DOWNLOAD = Pattern.compile("^\\s*XDG_DOWNLOAD_DIR\\s*=\\s*\"([^\"]*)\"");

    private DownloadsFolder() {
    }

    public static Optional<Path> find() {
        Path home = Path.of(System.getProperty("user.home"));
        String configHome = System.getenv("XDG_CONFIG_HOME");
        return find(home, configHome == null || configHome.isBlank() ? home.resolve(".config") : Path.of(configHome));
    }

    static Optional<Path> find(Path home, Path configHome) {
        return xdgDownloads(home, configHome.resolve("user-dirs.dirs")).filter(Files::isDirectory)
                .or(() -> Optional.of(home.resolve("Downloads")).filter(Files::isDirectory));
    }

    private static Optional<Path> xdgDownloads(Path home, Path userDirs) {
        if (!Files.isRegularFile(userDirs)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(userDirs, StandardCharsets.UTF_8);
            for (String line : lines) {
                Matcher found = XDG_DOWNLOAD.matcher(line);
                if (found.find()) {
                    String folder = found.group(1);
                    // the file's own rule: a path relative to $HOME, or absolute
                    return Optional.of(folder.startsWith("$HOME") ? Path.of(home + folder.substring(5))
                            : Path.of(folder));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // a broken user-dirs.dirs means the plain Downloads folder
        }
        return Optional.empty();
    }
}
