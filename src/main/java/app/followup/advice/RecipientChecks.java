package app.followup.advice;

import app.followup.letter.Letter;
import app.followup.letter.Texts;
import app.followup.mail.EmailAddresses;
import app.followup.model.Participant;
import app.followup.model.Round;
import java.util.List;

/** Everyone from the employer gets the letter: each needs a working email, and someone must be in To. */
final class RecipientChecks {
    private RecipientChecks() {
    }

    static void check(Round round, Letter letter, AdviceMessages messages, List<Advice> advice) {
        for (int i = 0; i < round.participants().size(); i++) {
            Participant participant = round.participants().get(i);
            String name = Texts.inline(participant.name());
            // a participant without a name yet is named by place in the list, as the user sees it on the page
            String shown = name == null ? messages.get("participant-unnamed", i + 1) : name;
            String email = Texts.inline(participant.email());
            if (email == null) {
                advice.add(Advice.of(AdviceCode.PARTICIPANT_WITHOUT_EMAIL,
                        messages.get("participant-without-email", shown), name));
            } else if (!EmailAddresses.isValid(email)) {
                advice.add(Advice.of(AdviceCode.INVALID_EMAIL, messages.get("invalid-email", shown, email), email));
            }
        }
        boolean anyoneInTo = letter.to().stream().anyMatch(r -> EmailAddresses.isValid(r.email()));
        if (!anyoneInTo) {
            advice.add(Advice.of(AdviceCode.NO_ADDRESSEE, messages.get("no-addressee"),
                    null));
        }
    }
}
