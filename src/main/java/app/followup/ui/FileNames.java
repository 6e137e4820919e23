package app.followup.ui;

import app.followup.mail.PlainFileName;
import app.followup.model.Notes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Names for files the window saves. */
public final class FileNames {
    private FileNames() {
    }

    /**
     * "nordlys-software-as-key-account-manager.followup.json": employer and position, as the format suggests, in
     * plain ASCII ("Bølgen Bygg" gives "bolgen-bygg"), which any system can save.
     */
    static String suggested(Notes notes) {
        String employer = notes.employer().name() == null ? "" : notes.employer().name();
        String position = notes.position() == null ? "" : notes.position();
        String name = PlainFileName.of(employer + "-" + position).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (name.isEmpty() ? "followup" : name) + ".followup.json";
    }

    /**
     * The chosen name as a notes file, "….followup.json", which *All applications* looks for: a tester saved
     * "fjordkraft-kam.json" and the board said there were no applications in its folder. A file of that name
     * already there is kept: the notes go beside it, as the dialog confirmed no overwrite of it.
     */
    static Path asNotesFile(Path chosen) {
        String name = chosen.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".followup.json")) {
            return chosen;
        }
        String bare = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path notes = chosen.resolveSibling(bare + ".followup.json");
        return Files.exists(notes) ? besideOf(notes) : notes;
    }

    /** "name (2).followup.json" beside the file, the first such name that is free: keep both versions. */
    static Path besideOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.endsWith(".followup.json") ? name.length() - ".followup.json".length()
                : name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : name.length();
        for (int i = 2; ; i++) {
            Path candidate = file.resolveSibling(name.substring(0, dot) + " (" + i + ")" + name.substring(dot));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
