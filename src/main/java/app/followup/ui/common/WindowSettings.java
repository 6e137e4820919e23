package app.followup.ui.common;

import app.followup.notes.AtomicFiles;
import app.followup.notes.NotesException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the window remembers between sessions: its language, size and place, and the last folder a file dialog
 * was used in. A small properties file in the user's settings folder rather than {@code java.util.prefs}, because
 * it is read before the first frame and the preferences store is slow to open on a cold start. A missing or
 * broken file means defaults, never an error.
 */
public final class WindowSettings {
    /** The window's place on screen; {@code maximized} wins over the size when set. */
    public record Place(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties values = new Properties();

    private WindowSettings(Path file) {
        this.file = file;
    }

    public static WindowSettings load(Path file) {
        WindowSettings settings = new WindowSettings(file);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                settings.values.clear();
            }
        }
        return settings;
    }

    /** Kept in memory only, for tests. */
    public static WindowSettings inMemory() {
        return new WindowSettings(null);
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(values.getProperty("language")).filter(tag -> !tag.isBlank())
                .map(Locale::forLanguageTag);
    }

    public void language(Locale locale) {
        values.setProperty("language", locale.toLanguageTag());
        save();
    }

    public Optional<Place> place() {
        try {
            double width = number("window.width");
            double height = number("window.height");
            if (width <= 0 || height <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Place(number("window.x"), number("window.y"), width, height,
                    Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (NumberFormatException | NullPointerException notStored) {
            return Optional.empty();
        }
    }

    public void place(Place place) {
        values.setProperty("window.x", Double.toString(place.x()));
        values.setProperty("window.y", Double.toString(place.y()));
        values.setProperty("window.width", Double.toString(place.width()));
        values.setProperty("window.height", Double.toString(place.height()));
        values.setProperty("window.maximized", Boolean.toString(place.maximized()));
        save();
    }

    /** The last folder a file was opened from or saved to, if it still exists. */
    public Optional<Path> lastFolder() {
        return folder("folder.last");
    }

    public void lastFolder(Path folder) {
        folder("folder.last", folder);
    }

    /** The last folder a letter (PDF, draft, .eml, .ics) was saved to, if it still exists. */
    public Optional<Path> lettersFolder() {
        return folder("folder.letters");
    }

    public void lettersFolder(Path folder) {
        folder("folder.letters", folder);
    }

    /** The folder the last calendar invitation was opened from, if it still exists. */
    public Optional<Path> invitationsFolder() {
        return folder("folder.invitations");
    }

    public void invitationsFolder(Path folder) {
        folder("folder.invitations", folder);
    }

    private Optional<Path> folder(String key) {
        try {
            return Optional.ofNullable(values.getProperty(key)).map(Path::of).filter(Files::isDirectory);
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    private void folder(String key, Path folder) {
        if (folder != null) {
            values.setProperty(key, folder.toAbsolutePath().toString());
            save();
        }
    }

    private double number(String key) {
        return Double.parseDouble(values.getProperty(key));
    }

    /** Written as the notes are ({@link AtomicFiles}), so a crash mid-write leaves the old settings. */
    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            StringWriter text = new StringWriter();
            values.store(text, "FollowUp window settings");
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException | NotesException notSaved) {
            // the window opens with defaults next time; nothing the user could do about it now
        }
    }
}
