package app.followup.advice;

import app.followup.letter.AddresseeMentions;
import app.followup.letter.Addressing;
import app.followup.letter.GivenNames;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Round;
import java.util.List;

/**
 * The letter greets its addressees by given name, and is signed with the candidate's name. A greeting is in doubt
 * when the composer cannot read a given name off the name ({@link GivenNames}) or when it can but the name looks
 * like something else ({@link GreetingNames}).
 */
final class NameChecks {
    private NameChecks() {
    }

    static void check(Notes notes, Round round, AdviceMessages messages, List<Advice> advice) {
        for (Participant addressee : Addressing.of(round.participants()).addressees()) {
            if (Texts.isBlank(addressee.greetingName())
                    && (GivenNames.of(addressee) == null || GreetingNames.isUnclear(addressee.name()))) {
                String name = Texts.inline(addressee.name());
                advice.add(Advice.of(AdviceCode.GREETING_NAME_UNKNOWN, name == null
                        ? messages.get("greeting-name-unknown.empty")
                        : messages.get("greeting-name-unknown", name), name));
            }
        }
        // the generated letter speaks to an addressee it names, except where "you" is not certain
        if (round.letter() == null || round.letter().body() == null) {
            for (AddresseeMentions.Mention mention : AddresseeMentions.leftByName(notes, round)) {
                // a note about the company is mended on the page that holds it, where the user typed it
                advice.add(mention.inNotes()
                        ? new Advice(AdviceCode.ADDRESSEE_NAMED, messages.get("addressee-named.note", mention.name(),
                                mention.text()), Field.CHALLENGE, mention.text())
                        : Advice.of(AdviceCode.ADDRESSEE_NAMED,
                                messages.get("addressee-named", mention.name(), mention.text()), mention.text()));
            }
        }
        if (Texts.isBlank(notes.candidate().name())) {
            advice.add(Advice.of(AdviceCode.NO_SIGNATURE, messages.get("no-signature"), null));
        }
    }
}
