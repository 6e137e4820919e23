package app.followup.letter;

import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Round;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a letter writes as the notes give them: the candidate, the employer, and each person, their
 * organisation and the name they are greeted by. The interviewer's words replace words, never names.
 */
public final class ProperNames {
    private ProperNames() {
    }

    public static List<String> of(Notes notes, Round round) {
        List<String> names = new ArrayList<>();
        names.add(notes.candidate().name());
        names.add(notes.employer().name());
        names.add(round.decisionProcessOrEmpty().decisionMaker());
        for (Participant person : round.participants()) {
            names.add(person.name());
            names.add(person.organisation());
            names.add(GivenNames.of(person, notes.languageOrDefault()));
        }
        return names;
    }
}
