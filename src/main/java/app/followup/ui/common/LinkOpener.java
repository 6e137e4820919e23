package app.followup.ui.common;

import java.nio.file.Path;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a {@code mailto:} link in the mail program, a web address in the browser, or a file in the program the
 * system gives it. First through {@link Desktop}; where that cannot (as on most Linux desktops without GNOME's
 * libraries), through the platform's own opener: {@code xdg-open}, {@code open}, or {@code rundll32 url.dll}. What
 * happened is always told, so that the window never fails silently.
 */
public final class LinkOpener {
    /** How long an opener may take before it is taken to have opened something that keeps running. */
    private static final long PATIENCE_SECONDS = 10;

    /** What opening a link came to. */
    public record Result(Outcome outcome, String opener, int exitStatus) {
        public boolean opened() {
            return outcome == Outcome.OPENED;
        }
    }

    public enum Outcome {
        OPENED,
        /** The platform has no opener program (for example no {@code xdg-open}). */
        NO_OPENER,
        /** The opener ran but found nothing to open the link with, or failed. */
        NOTHING_OPENS_IT
    }

    /** What the computer offers: the real one, or a test's. */
    public interface Platform {
        String osName();

        /** Opens the link through {@link Desktop}; false when Desktop cannot here, so that the opener is tried. */
        boolean desktopOpens(URI link) throws IOException;

        /** Runs a command: its exit status, or 0 when it still runs after a while (it opened a program). */
        int run(List<String> command) throws IOException, InterruptedException;
    }

    private final Platform platform;

    public LinkOpener(Platform platform) {
        this.platform = platform;
    }

    public static LinkOpener standard() {
        return new LinkOpener(new RealPlatform());
    }

    /** Opens the link; slow (it may wait for the opener), so never on the JavaFX thread. */
    public Result open(String link) {
        try {
            if (platform.desktopOpens(URI.create(link))) {
                return new Result(Outcome.OPENED, "Desktop", 0);
            }
        } catch (IOException | RuntimeException e) {
            // Desktop said it could and then failed: the platform's opener may still manage
        }
        List<String> command = command(platform.osName(), link);
        try {
            int status = platform.run(command);
            return new Result(status == 0 ? Outcome.OPENED : Outcome.NOTHING_OPENS_IT, command.get(0), status);
        } catch (IOException e) {
            return new Result(Outcome.NO_OPENER, command.get(0), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.NOTHING_OPENS_IT, command.get(0), -1);
        }
    }

    static List<String> command(String osName, String link) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", link);
        }
        if (os.startsWith("mac")) {
            return List.of("open", link);
        }
        return List.of("xdg-open", link);
    }

    private static final class RealPlatform implements Platform {
        @Override
        public String osName() {
            return System.getProperty("os.name", "");
        }

        @Override
        public boolean desktopOpens(URI link) throws IOException {
            if (!Desktop.isDesktopSupported()) {
                return false;
            }
            Desktop desktop = Desktop.getDesktop();
            if ("mailto".equalsIgnoreCase(link.getScheme())) {
                if (!desktop.isSupported(Desktop.Action.MAIL)) {
                    return false;
                }
                desktop.mail(link);
            } else if ("file".equalsIgnoreCase(link.getScheme())) {
                if (!desktop.isSupported(Desktop.Action.OPEN)) {
                    return false;
                }
                desktop.open(Path.of(link).toFile());
            } else {
                if (!desktop.isSupported(Desktop.Action.BROWSE)) {
                    return false;
                }
                desktop.browse(link);
            }
            return true;
        }

        @Override
        public int run(List<String> command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) ? process.exitValue() : 0;
        }
    }
}
