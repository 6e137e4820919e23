package app.followup.pasted;

import app.followup.model.Language;
import java.time.LocalDate;

/**
 * Sorts notes pasted in one piece (as typed from paper after an interview, with or without labels such as
 * "Hvorfor:" / "Why:") into the wizard's fields.
 */
public final class NotesSorter {
    private NotesSorter() {
    }

    /**
     * @param language the letter's language; notes in the other one are read too
     * @param around   a day near the interview, to give dates typed without a year their year
     */
    public static SortedNotes sort(String text, Language language, LocalDate around) {
        throw new UnsupportedOperationException("not built yet");
    }
}
