package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import java.util.ArrayList;
import java.util.List;

/**
 * "Kopi: Hanne Solberg, Ingrid Lie (Ramsvik Rekruttering)": the printed letter names the people the email copies,
 * so both say the same about who else received it. Someone without an email gets no copy, so the line leaves them
 * out too ({@code check} says that they will not get the letter). People from elsewhere carry their organisation,
 * by its name without the legal suffix.
 */
final class CopyLine {
    private CopyLine() {
    }

    /** The line, or null when nobody is copied. */
    static String of(Notes notes, Addressing addressing, Language language) {
        String employer = Texts.inline(notes.employer().name());
        List<String> names = new ArrayList<>();
        for (Participant participant : addressing.copied()) {
            String name = Texts.inline(participant.name());
            if (name == null || Texts.inline(participant.email()) == null) {
                continue;
            }
            names.add(AddressBlock.isElsewhere(participant, employer)
                    ? name + " (" + CompanyNames.shortName(Texts.inline(participant.organisation())) + ")" : name);
        }
        if (names.isEmpty()) {
            return null;
        }
        LetterWords words = new LetterWords(language);
        return words.get("copy") + " " + String.join(words.get("copy.separator"), names);
    }
}
