package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who the letter speaks to, and so how it says "you": {@code du}/{@code deg} to one addressee, {@code dere} to two
 * or more, {@code you} in English. Also tells whether a person the notes mention is one of the addressees, who
 * are never named in the third person.
 */
final class Audience {
    private final List<Participant> addressees;
    private final List<Participant> everyone;
    private final LetterWords words;
    private final Language language;
    /** The addressee a sentence names, whom "deg" means in a letter to several; null for the usual one. */
    private final Participant turnedTo;

    Audience(Addressing addressing, List<Participant> everyone, Language language) {
        this(addressing.addressees(), everyone.stream().filter(Objects::nonNull).toList(), language, null);
    }

    private Audience(List<Participant> addressees, List<Participant> everyone, Language language,
                     Participant turnedTo) {
        this.addressees = addressees;
        this.everyone = everyone;
        this.words = new LetterWords(language);
        this.language = language;
        this.turnedTo = turnedTo;
    }

    /** The same audience, turning to this addressee by name where a sentence says "deg" to one of several. */
    Audience turningTo(Participant addressee) {
        return new Audience(addressees, everyone, language, addressee);
    }

    /** The people the letter is to. */
    List<Participant> addressees() {
        return addressees;
    }

    Language language() {
        return language;
    }

    /** Everyone who took part, addressed or not. */
    List<Participant> everyone() {
        return everyone;
    }

    boolean isPlural() {
        return addressees.size() > 1;
    }

    /** "du" or "dere": "du" also to the one of several a sentence turns to. */
    String you() {
        return words.get(isPlural() && turnedTo == null ? "you.plural" : "you");
    }

    /**
     * "deg" or "dere". A sentence that turns to one of several by name still ends with the call to all of them
     * ("Anne-Lise, som avtalt sender du … Har jeg ikke hørt noe innen da, ringer jeg dere …"): a "deg" in the next
     * sentence would have no name before it.
     */
    String youObject() {
        return words.get(isPlural() ? "you.plural.object" : "you.object");
    }

    /** "Per Olav og Hanne": how the greeting names the addressees. */
    String greetingNames() {
        return words.join(addressees.stream().map(this::nameOf).filter(Objects::nonNull).toList());
    }

    /**
     * The addressee a sentence turns to when it says "deg" in a letter to several: the one it names, else the
     * sponsor, else the first.
     */
    String vocative() {
        if (!isPlural()) {
            return null;
        }
        if (turnedTo != null) {
            return nameOf(turnedTo);
        }
        return addressees.stream().filter(p -> p.role() == Role.SPONSOR).findFirst()
                .or(() -> addressees.stream().findFirst())
                .map(this::nameOf).orElse(null);
    }

    /** The addressee this text names ("Anders Vik, administrerende direktør", "Anders"), if any. */
    Participant addresseeNamedIn(String text) {
        return findIn(addressees, text, language);
    }

    /** The one addressee whose name stands anywhere in the text ("Jeg ringer Bjørn Are for å …"), if just one. */
    Participant addresseeMentionedIn(String text) {
        if (text == null) {
            return null;
        }
        List<Participant> named = addressees.stream().filter(p -> mentions(text, p)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private boolean mentions(String text, Participant person) {
        for (String name : new String[] {GivenNames.withoutTitle(person.name()), GivenNames.of(person, language)}) {
            if (name != null && NameMention.of(name).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The participant this text names, if any: someone who took part is named by given name. */
    Participant participantNamedIn(String text) {
        return findIn(everyone, text, language);
    }

    /** How this letter names someone who took part: "Per Olav", "Fiona" for Dr Fiona Gallagher. */
    String nameOf(Participant participant) {
        return nameOf(participant, language);
    }

    static String nameOf(Participant participant, Language language) {
        String given = GivenNames.of(participant, language);
        return given != null ? given : Texts.inline(participant.name());
    }

    /**
     * The person the text names: by full name, alone or followed by a title ("Fiona Gallagher, CEO"), or by given
     * name. A title before a name ("Dr Fiona Gallagher") is not part of it, on either side.
     */
    static Participant findIn(List<Participant> people, String text, Language language) {
        String wanted = normal(GivenNames.withoutTitle(text));
        if (wanted == null) {
            return null;
        }
        for (Participant person : people) {
            String given = normal(GivenNames.of(person, language));
            if (startsWithName(wanted, normal(person.name()))
                    || startsWithName(wanted, normal(GivenNames.withoutTitle(person.name())))
                    || given != null && wanted.equals(given)) {
                return person;
            }
        }
        return null;
    }

    private static boolean startsWithName(String wanted, String name) {
        return name != null && (wanted.equals(name) || wanted.startsWith(name + ",") || wanted.startsWith(name + " ("));
    }

    private static String normal(String text) {
        String clean = Texts.clause(text);
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }
}
