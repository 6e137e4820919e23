package app.followup.ui.common;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The place the user chose in a file dialog, or why it cannot be used. A name this system cannot hold (an "ø" where
 * file names are ASCII) made the dialog's answer throw, and the save was lost with nothing but a line in the log.
 */
public final class FileChoice {
    private FileChoice() {
    }

    /**
     * @param dialog   asks the user where to save; an unusable name throws {@link InvalidPathException}
     * @param unusable is told, in words for the user, that the chosen name cannot be used
     * @return the place chosen; empty when cancelled or unusable
     */
    public static Optional<Path> of(Supplier<Optional<Path>> dialog, I18n i18n, Consumer<String> unusable) {
        return named(dialog, name -> unusable.accept(i18n.get("error.fileName", name)));
    }

    /** As {@link #of}, for a file to open: its name was given by another program, not typed here. */
    public static Optional<Path> toOpen(Supplier<Optional<Path>> dialog, I18n i18n, Consumer<String> unusable) {
        return named(dialog, name -> unusable.accept(i18n.get("error.fileNameOpen", name)));
    }

    /** As {@link #of}, telling only the unusable name, for a caller that words it its own way. */
    public static Optional<Path> named(Supplier<Optional<Path>> dialog, Consumer<String> unusableName) {
        try {
            return dialog.get();
        } catch (InvalidPathException e) {
            unusableName.accept(nameIn(e.getInput()));
            return Optional.empty();
        }
    }

    /**
     * The file's name without its folder; where the system could not read a letter ("ø" as two bytes it could not
     * decode) one "?" stands for it, as a tester's log showed "m?tet", rather than two replacement marks.
     */
    private static String nameIn(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .replaceAll("\uFFFD+", "?");
    }
}
