package app.followup.ui.wizard.pages;

import app.followup.model.Language;
import app.followup.pasted.SortedNotes;
import java.time.LocalDate;

/** How "Paste your notes…" sorts what was pasted: {@code NotesSorter::sort} in the window, a test's own in tests. */
@FunctionalInterface
public interface NotesSorting {
    SortedNotes sort(String text, Language language, LocalDate around);
}
