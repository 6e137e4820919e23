package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;

/**
 * Who makes the final decision, as the letter says it: "du" when it is the addressee (never their name in the
 * third person), a given name for someone who took part, the name and title as noted for someone not yet met
 * ("Trond Vikre er administrerende direktør og tar …").
 *
 * @param you      the decision maker is an addressee
 * @param vocative the decision maker's name when the letter speaks to several ("Anders, du tar …"), else null
 * @param name     the name the letter uses ("Jon", "Trond Vikre")
 * @param title    the title noted after a comma, for someone not yet met; else null
 */
record Decider(boolean you, String vocative, String name, String title) {

    static Decider of(Round round, Audience audience, Language language) {
        String noted = Texts.clause(round.decisionProcessOrEmpty().decisionMaker());
        Participant addressee = noted == null ? deciderAmongAddressees(round, audience) : audience.addresseeNamedIn(noted);
        if (addressee != null) {
            return new Decider(true, audience.isPlural() ? audience.nameOf(addressee) : null, null, null);
        }
        if (noted == null) {
            return null;
        }
        Participant participant = audience.participantNamedIn(noted);
        if (participant != null) {
            return new Decider(false, null, audience.nameOf(participant), null);
        }
        int comma = noted.indexOf(',');
        if (comma < 0) {
            return new Decider(false, null, noted, null);
        }
        String title = Texts.clause(noted.substring(comma + 1));
        return new Decider(false, null, noted.substring(0, comma).strip(),
                title == null ? null : TemplateModel.titleInText(title, language));
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
