package app.followup.userfiles;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where FollowUp keeps the user's own files, by platform convention. The system property
 * {@code followup.config} moves them (tests use it).
 */
public final class UserFolders {
    private UserFolders() {
    }

    public static Path config() {
        String forced = System.getProperty("followup.config");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "FollowUp");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "FollowUp");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".config").toString(), "followup");
    }

    /** Where FollowUp keeps data of its own, such as the recovery copy of unsaved work. */
    public static Path data() {
        String forced = System.getProperty("followup.data");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "FollowUp");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "FollowUp");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "followup");
    }

    public static Path templates() {
        return config().resolve("templates");
    }
}
