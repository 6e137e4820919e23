package app.followup.letter;

import app.followup.model.Participant;
import java.util.Objects;

/**
 * A promise said to the addressee the letter has just turned to by name. In a letter to several, "deg" is clear
 * only right after a sentence that names the one it means: the sponsor letter's "Tor Arne, jeg forstod det slik at
 * det er du som tar den endelige beslutningen." stands just before the promises, so a promise that names Tor Arne
 * among others says "presenterer jeg casen … for deg og Kari", not "for Tor Arne og Kari". A promise that names
 * another addressee, or none, is said to all of them as before ("for dere" when it names them all).
 */
final class PromisesTurnedTo {
    private PromisesTurnedTo() {
    }

    /** The addressee the decider sentence turns to by name in a letter to several; else null. */
    static Participant addressee(Decider decider, Audience audience) {
        if (decider == null || !decider.you() || decider.vocative() == null) {
            return null;
        }
        return audience.addressees().stream().filter(p -> Objects.equals(audience.nameOf(p), decider.vocative()))
                .findFirst().orElse(null);
    }

    /** The promise's detail with its addressees said to the reader. */
    static String said(String detail, Participant turnedTo, Audience audience, AddresseesToReader readers) {
        if (turnedTo != null && detail != null && audience.addresseeMentionedIn(detail) == turnedTo) {
            return readers.apply(detail, turnedTo);
        }
        return readers.applyInSentence(detail);
    }
}
