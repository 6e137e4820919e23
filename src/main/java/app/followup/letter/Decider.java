package app.followup.letter;

import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;

/**
 * Who makes the final decision, as the letter says it: "du" when it is the addressee (never their name in the
 * third person), a given name for someone who took part, the name and title as noted for someone not yet met.
 *
 * @param you      the decision maker is an addressee
 * @param vocative the decision maker's name when the letter speaks to several ("Anders, du tar …"), else null
 * @param subject  the decision maker as the subject of a sentence, with the closing comma an apposition needs
 * @param name     the decision maker's name as the end of a sentence ("… tar Lise Moe, administrerende direktør.")
 */
record Decider(boolean you, String vocative, String subject, String name) {

    static Decider of(Round round, Audience audience) {
        String noted = Texts.clause(round.decisionProcessOrEmpty().decisionMaker());
        Participant addressee = noted == null ? deciderAmongAddressees(round, audience) : audience.addresseeNamedIn(noted);
        if (addressee != null) {
            return new Decider(true, audience.isPlural() ? Audience.nameOf(addressee) : null, null, null);
        }
        if (noted == null) {
            return null;
        }
        Participant participant = audience.participantNamedIn(noted);
        String name = participant == null ? noted : Audience.nameOf(participant);
        return new Decider(false, null, name.contains(",") ? name + "," : name, name);
    }

    /** In a decision-maker round, an addressee whose role is decision maker is the one, even if not written down. */
    private static Participant deciderAmongAddressees(Round round, Audience audience) {
        if (round.stageOrDefault() != Stage.DECISION_MAKER) {
            return null;
        }
        return round.participants().stream()
                .filter(p -> p != null && p.role() == Role.DECISION_MAKER)
                .filter(p -> audience.addresseeNamedIn(p.name()) != null)
                .findFirst().orElse(null);
    }
}
