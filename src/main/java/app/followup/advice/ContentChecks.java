package app.followup.advice;

import app.followup.letter.NoteFragments;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.PrivateNotes;
import app.followup.model.Round;
import java.util.List;
import java.util.Locale;

/**
 * What the interview should have uncovered, noted so the letter can say it (a line with no verb is pasted as a
 * fragment), and whether the job is worth winning at all.
 */
final class ContentChecks {
    static final int POOR_FIT = 2;

    private ContentChecks() {
    }

    static void check(Notes notes, Round round, AdviceMessages messages, List<Advice> advice) {
        if (Texts.isBlank(round.challenge())) {
            advice.add(Advice.of(AdviceCode.MISSING_CHALLENGE, messages.get("missing-challenge"), null));
        }
        if (Texts.isBlank(round.hiringVision())) {
            advice.add(Advice.of(AdviceCode.MISSING_HIRING_VISION, messages.get("missing-hiring-vision"), null));
        }
        // a sent letter has gone as it was: how the notes would read in a new one is no longer worth a remark
        boolean sent = round.letter() != null && round.letter().sentOn() != null;
        for (NoteFragments.Fragment fragment : sent ? List.<NoteFragments.Fragment>of() : NoteFragments.of(notes, round)) {
            String part = messages.get("note-fragment.part." + fragment.part().name().toLowerCase(Locale.ROOT));
            String key = fragment.reason() == NoteFragments.Reason.NO_SUBJECT ? "note-fragment.no-subject"
                    : "note-fragment";
            advice.add(Advice.of(AdviceCode.NOTE_FRAGMENT, messages.get(key, fragment.note(), part), fragment.note()));
        }
        PrivateNotes own = notes.privateNotes();
        boolean poorInterest = own.interestFit() != null && own.interestFit() <= POOR_FIT;
        boolean poorStrength = own.strengthFit() != null && own.strengthFit() <= POOR_FIT;
        if (poorInterest || poorStrength) {
            advice.add(Advice.of(AdviceCode.POOR_MATCH, messages.get(poorInterest ? "poor-match.interest"
                    : "poor-match.strength"), null));
        }
    }
}
