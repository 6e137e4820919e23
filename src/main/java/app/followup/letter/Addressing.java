package app.followup.letter;

import app.followup.model.Participant;
import app.followup.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who the letter greets and who gets the email: the addressees in To, everyone else with an email in Cc. Where
 * nobody is marked as addressee, the first sponsor or decision maker is; failing that, the first participant.
 */
public record Addressing(List<Participant> addressees, List<Participant> copied, List<Recipient> to,
                         List<Recipient> cc) {

    public static Addressing of(List<Participant> participants) {
        List<Participant> named = participants.stream().filter(Objects::nonNull).toList();
        List<Participant> addressees = named.stream().filter(Participant::isMarkedAddressee).toList();
        if (addressees.isEmpty()) {
            addressees = named.stream()
                    .filter(p -> p.role() == Role.SPONSOR || p.role() == Role.DECISION_MAKER)
                    .findFirst()
                    .or(() -> named.stream().findFirst())
                    .map(List::of)
                    .orElse(List.of());
        }
        List<Recipient> to = new ArrayList<>();
        List<Recipient> cc = new ArrayList<>();
        List<Participant> copied = new ArrayList<>();
        for (Participant participant : named) {
            if (!isAmong(participant, addressees) && Texts.inline(participant.name()) != null) {
                copied.add(participant);
            }
            String email = Texts.inline(participant.email());
            if (email == null) {
                continue;
            }
            Recipient recipient = new Recipient(Texts.inline(participant.name()), email);
            (isAmong(participant, addressees) ? to : cc).add(recipient);
        }
        return new Addressing(addressees, copied, to, cc);
    }

    /** By identity: two people with the same details are still two people. */
    private static boolean isAmong(Participant participant, List<Participant> addressees) {
        for (Participant addressee : addressees) {
            if (addressee == participant) {
                return true;
            }
        }
        return false;
    }

    /** A letter to this participant alone: greeted, in To, and nobody in Cc. */
    public static Addressing only(Participant participant) {
        String email = Texts.inline(participant.email());
        List<Recipient> to = email == null ? List.of()
                : List.of(new Recipient(Texts.inline(participant.name()), email));
        return new Addressing(List.of(participant), List.of(), to, List.of());
    }
}
