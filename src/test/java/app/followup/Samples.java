package app.followup;

import app.followup.model.Notes;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The notes files in samples/, as a new user would open them. */
public final class Samples {
    public static final Path FOLDER = Path.of("samples");
    public static final Path NORDLYS = FOLDER.resolve("nordlys-key-account-manager.followup.json");
    public static final Path VESTLAND = FOLDER.resolve("vestland-energi-salgssjef.followup.json");
    public static final Path HARBOUR = FOLDER.resolve("harbour-analytics-account-executive.followup.json");

    private Samples() {
    }

    /**
     * A copy of the sample in the folder, under its own name: for a test that saves, as "Mark as sent" does, so
     * that the sample in the project stays as it is.
     */
    public static Path copy(Path sample, Path folder) {
        try {
            return Files.copy(sample, folder.resolve(sample.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Notes load(Path file) {
        try {
            return new NotesFile().load(file);
        } catch (NotesException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (var in = Samples.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
