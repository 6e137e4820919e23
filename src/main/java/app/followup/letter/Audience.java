package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who the letter speaks to, and so how it says "you": {@code du}/{@code deg} to one addressee, {@code dere} to two
 * or more, {@code you} in English. Also tells whether a person the notes mention is one of the addressees, who
 * are never named in the third person.
 */
final class Audience {
    private final List<Participant> addressees;
    private final List<Participant> everyone;
    private final LetterWords words;

    Audience(Addressing addressing, List<Participant> everyone, Language language) {
        this.addressees = addressing.addressees();
        this.everyone = everyone.stream().filter(Objects::nonNull).toList();
        this.words = new LetterWords(language);
    }

    /** The people the letter is to. */
    List<Participant> addressees() {
        return addressees;
    }

    boolean isPlural() {
        return addressees.size() > 1;
    }

    /** "du" or "dere". */
    String you() {
        return words.get(isPlural() ? "you.plural" : "you");
    }

    /** "deg" or "dere". */
    String youObject() {
        return words.get(isPlural() ? "you.plural.object" : "you.object");
    }

    /** "Per Olav og Hanne": how the greeting names the addressees. */
    String greetingNames() {
        return words.join(addressees.stream().map(Audience::nameOf).filter(Objects::nonNull).toList());
    }

    /** The addressee a sentence turns to when it says "deg" in a letter to several: the sponsor, else the first. */
    String vocative() {
        if (!isPlural()) {
            return null;
        }
        return addressees.stream().filter(p -> p.role() == Role.SPONSOR).findFirst()
                .or(() -> addressees.stream().findFirst())
                .map(Audience::nameOf).orElse(null);
    }

    /** The addressee this text names ("Anders Vik, administrerende direktør", "Anders"), if any. */
    Participant addresseeNamedIn(String text) {
        return findIn(addressees, text);
    }

    /** The participant this text names, if any: someone who took part is named by given name. */
    Participant participantNamedIn(String text) {
        return findIn(everyone, text);
    }

    static String nameOf(Participant participant) {
        String given = GivenNames.of(participant);
        return given != null ? given : Texts.inline(participant.name());
    }

    static Participant findIn(List<Participant> people, String text) {
        String wanted = normal(text);
        if (wanted == null) {
            return null;
        }
        for (Participant person : people) {
            String name = normal(person.name());
            String given = normal(GivenNames.of(person));
            if (name != null && (wanted.equals(name) || wanted.startsWith(name + ",") || wanted.startsWith(name + " ("))
                    || given != null && wanted.equals(given)) {
                return person;
            }
        }
        return null;
    }

    private static String normal(String text) {
        String clean = Texts.clause(text);
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }
}
