package app.followup.ui.wizard.pages;

import java.nio.file.Path;

/**
 * A file name short enough to sit whole on one line of a notice: a long one loses its middle to an ellipsis and
 * keeps its start and its ending ("Nordlys-Energi-Oppf…28-November.pdf"). A name longer than the line was broken
 * mid-word by the wrapping ("…28-Nov / ember.pdf"); the full path goes in the notice's tooltip instead.
 */
final class ShortFileName {
    /** About half the letter page's narrowest line at 1024×700, so that a name fits whatever stands before it. */
    static final int MAX = 32;
    private static final String ELLIPSIS = "…";

    private ShortFileName() {
    }

    static String of(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.length() <= MAX) {
            return name;
        }
        int keep = MAX - ELLIPSIS.length();
        int tail = keep / 2;
        int head = keep - tail;
        return name.substring(0, head) + ELLIPSIS + name.substring(name.length() - tail);
    }
}
