package app.followup.applications;

import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and reads the notes files: every {@code *.followup.json} directly in each folder given (not in its
 * sub-folders), and every file given by name whatever it is called. A file that cannot be read is reported with
 * its reason; the others are still read.
 */
public final class ApplicationScanner {
    public static final String SUFFIX = ".followup.json";

    private final NotesFile notesFile = new NotesFile();
    private final boolean parallel;

    public ApplicationScanner() {
        this(true);
    }

    private ApplicationScanner(boolean parallel) {
        this.parallel = parallel;
    }

    /**
     * A scanner that reads on the calling thread only: for reading ahead while the window starts, where a second
     * reading thread would take the core the window's own start-up needs.
     */
    public static ApplicationScanner inOneThread() {
        return new ApplicationScanner(false);
    }

    public Scan scan(List<Path> foldersOrFiles) {
        List<Unreadable> unreadable = new ArrayList<>();
        List<Path> files = files(foldersOrFiles, unreadable);
        List<Application> applications = new ArrayList<>();
        for (Object result : readAll(files)) {
            if (result instanceof Application application) {
                applications.add(application);
            } else {
                unreadable.add((Unreadable) result);
            }
        }
        unreadable.sort(Comparator.comparing((Unreadable u) -> fileName(u.file())).thenComparing(Unreadable::file));
        return new Scan(applications, unreadable);
    }

    /** The notes files the arguments name, each once, in file-name order; a missing or unreadable folder names none. */
    public List<Path> files(List<Path> foldersOrFiles) {
        return files(foldersOrFiles, new ArrayList<>());
    }

    /** The notes files the arguments name, each once, in file-name order. */
    List<Path> files(List<Path> foldersOrFiles, List<Unreadable> unreadable) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        for (Path given : foldersOrFiles) {
            Path path = given.normalize().toString().isEmpty() ? Path.of(".") : given.normalize();
            if (Files.isDirectory(path)) {
                for (Path file : notesFilesIn(path, unreadable)) {
                    if (seen.add(file.toAbsolutePath().normalize())) {
                        files.add(file);
                    }
                }
            } else if (Files.exists(path)) {
                if (seen.add(path.toAbsolutePath().normalize())) {
                    files.add(path);
                }
            } else {
                unreadable.add(new Unreadable(given, "no such file or folder"));
            }
        }
        files.sort(Comparator.comparing(ApplicationScanner::fileName).thenComparing(Path::toString));
        return files;
    }

    private static List<Path> notesFilesIn(Path folder, List<Unreadable> unreadable) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path entry : entries) {
                Path file = folder.equals(Path.of(".")) ? entry.getFileName() : entry;
                if (!Files.isDirectory(file)) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            unreadable.add(new Unreadable(folder, "the folder cannot be read: " + e.getMessage()));
        }
        return found;
    }

    /**
     * Each file read, in order: an {@link Application} or an {@link Unreadable}. A long list is read in two halves
     * on two threads, which takes about a third off the wall time of a folder of 200 files on two cores.
     */
    private List<Object> readAll(List<Path> files) {
        return TwoHalves.map(files, this::read, parallel);
    }

    private Object read(Path file) {
        try {
            return new Application(file, notesFile.load(file));
        } catch (NotesException e) {
            return new Unreadable(file, e.getMessage());
        } catch (RuntimeException e) {
            return new Unreadable(file, "cannot be read: " + e);
        }
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
