package app.followup.advice;

import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.PrivateNotes;
import app.followup.model.Round;
import java.util.List;

/** What the interview should have uncovered, and whether the job is worth winning at all. */
final class ContentChecks {
    static final int POOR_FIT = 2;

    private ContentChecks() {
    }

    static void check(Notes notes, Round round, AdviceMessages messages, List<Advice> advice) {
        if (Texts.isBlank(round.challenge())) {
            advice.add(new Advice(Level.WARN, "missing-challenge", messages.get("missing-challenge"),
                    Field.CHALLENGE, null));
        }
        if (Texts.isBlank(round.hiringVision())) {
            advice.add(new Advice(Level.WARN, "missing-hiring-vision", messages.get("missing-hiring-vision"),
                    Field.VISION, null));
        }
        PrivateNotes own = notes.privateNotes();
        boolean poorInterest = own.interestFit() != null && own.interestFit() <= POOR_FIT;
        boolean poorStrength = own.strengthFit() != null && own.strengthFit() <= POOR_FIT;
        if (poorInterest || poorStrength) {
            advice.add(new Advice(Level.WARN, "poor-match", messages.get(poorInterest ? "poor-match.interest"
                    : "poor-match.strength"), Field.PRIVATE, null));
        }
    }
}
