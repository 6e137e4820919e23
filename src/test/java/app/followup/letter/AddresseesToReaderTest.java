package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tester's letter to Sarah and David said "after … a final interview with David and Helen Marsh" to David: an
 * addressee is spoken to wherever the user's words about the process name them, and left by name where "you"
 * could mean someone else or the Norwegian form is not certain.
 */
class AddresseesToReaderTest {
    private static final Participant SARA = addressee("Sara Vold", Role.SPONSOR);
    private static final Participant DAVID = addressee("David Ødegård", Role.DECISION_MAKER);

    @Test
    void toOneAddresseeNorwegianSaysDegAfterAPrepositionAndDuAsTheSubject() {
        AddresseesToReader nb = readers(Language.NB, DAVID);
        assertThat(nb.apply("Sluttintervju med David og Helen Marsh, finansdirektør"))
                .isEqualTo("Sluttintervju med deg og Helen Marsh, finansdirektør");
        assertThat(nb.apply("Sluttintervju med Helen Marsh og David Ødegård"))
                .isEqualTo("Sluttintervju med Helen Marsh og deg");
        assertThat(nb.apply("Presentasjon for David")).isEqualTo("Presentasjon for deg");
        assertThat(nb.apply("David gir beskjed om styrets svar")).isEqualTo("Du gir beskjed om styrets svar");
    }

    @Test
    void whereTheFormIsNotCertainTheNameStays() {
        AddresseesToReader nb = readers(Language.NB, DAVID);
        // after a verb: "deg" or "du" depends on the clause, so the name is kept
        assertThat(nb.apply("Styret godkjenner David sitt forslag")).isEqualTo("Styret godkjenner David sitt forslag");
        assertThat(nb.apply("Davids team møter meg")).isEqualTo("Davids team møter meg");
        AddresseesToReader en = readers(Language.EN, DAVID);
        assertThat(en.apply("Meeting with David's team")).isEqualTo("Meeting with David's team");
    }

    @Test
    void englishSaysYouAndTheVerbAgrees() {
        AddresseesToReader en = readers(Language.EN, DAVID);
        assertThat(en.apply("Final interview with David and Helen Marsh, Finance Director"))
                .isEqualTo("Final interview with you and Helen Marsh, Finance Director");
        assertThat(en.apply("David confirms the board date")).isEqualTo("You confirm the board date");
    }

    @Test
    void inALetterToSeveralOnlyTheAddresseeTheSentenceTurnsToOrAllOfThemTogetherBecomeYou() {
        AddresseesToReader nb = readers(Language.NB, SARA, DAVID);
        assertThat(nb.apply("Sluttintervju med David og Helen Marsh"))
                .as("'deg' could be Sara as well as David").isEqualTo("Sluttintervju med David og Helen Marsh");
        assertThat(nb.apply("Sluttintervju med David og Helen Marsh", DAVID))
                .isEqualTo("Sluttintervju med deg og Helen Marsh");
        assertThat(nb.apply("Presentasjon for Sara og David")).isEqualTo("Presentasjon for dere");
        assertThat(nb.apply("Sara og David gir svar")).isEqualTo("Dere gir svar");
        AddresseesToReader en = readers(Language.EN, SARA, DAVID);
        assertThat(en.apply("Plan sent to David Ødegård and Sara")).isEqualTo("Plan sent to you both");
        assertThat(en.apply("Presentation to Sara and the two team leads", DAVID))
                .isEqualTo("Presentation to Sara and the two team leads");
    }

    @Test
    void theObjectOfTheVerbAStepOrPromiseOpensWithIsTheReader() {
        Participant sarahJane = addressee("Sarah Jane Holroyd", Role.SPONSOR);
        AddresseesToReader en = readers(Language.EN, sarahJane);
        assertThat(en.apply("send Sarah Jane my 30-60-90 outline")).isEqualTo("send you my 30-60-90 outline");
        assertThat(en.apply("I will call Sarah Jane to confirm")).isEqualTo("I will call you to confirm");
        assertThat(en.apply("if Sarah Jane agrees")).as("a conjunction's subject").isEqualTo("if Sarah Jane agrees");
        AddresseesToReader nb = readers(Language.NB, addressee("Jan Erik Solheim", Role.SPONSOR));
        assertThat(nb.apply("ringe Jan Erik for å sette opp casen")).isEqualTo("ringe deg for å sette opp casen");
        assertThat(nb.apply("hvis Jan Erik vil")).isEqualTo("hvis Jan Erik vil");
    }

    @Test
    void anAddresseeFirstInAListOfSubjectsIsDu() {
        AddresseesToReader nb = readers(Language.NB, addressee("Sara Mehmeti", Role.DECISION_MAKER));
        assertThat(nb.apply("Sara og Ole Kristian selger selv ved siden av alt annet"))
                .isEqualTo("Du og Ole Kristian selger selv ved siden av alt annet");
    }

    @Test
    void aTitleBeforeTheNameIsNotNeededToFindTheReader() {
        Participant fiona = addressee("Dr Fiona Gallagher", Role.DECISION_MAKER);
        Participant marcus = addressee("Marcus Ogunleye", Role.SPONSOR);
        AddresseesToReader en = readers(Language.EN, fiona, marcus);
        assertThat(en.apply("a final interview with Fiona and Marcus", fiona)).isEqualTo("a final interview with you both");
        assertThat(en.apply("a meeting with Fiona Gallagher", fiona)).isEqualTo("a meeting with you");
    }

    @Test
    void inAnEnglishSentenceToSeveralEachAddresseeAfterAPrepositionIsYouAndComesFirst() {
        AddresseesToReader en = readers(Language.EN, SARA, DAVID);
        assertThat(en.applyInSentence("a second interview with Andrew Lister and David"))
                .isEqualTo("a second interview with you and Andrew Lister");
        assertThat(en.apply("Final interview with Andrew Lister and David"))
                .as("a plan row read by both").isEqualTo("Final interview with Andrew Lister and David");
    }

    private static AddresseesToReader readers(Language language, Participant... addressees) {
        List<Participant> people = List.of(addressees);
        Audience audience = new Audience(Addressing.of(people), people, language);
        return new AddresseesToReader(audience, language,
                new NoteText(language, Set.of("Sara", "Vold", "David", "Ødegård", "Helen", "Marsh", "Ole", "Kristian",
                        "Jan", "Erik", "Sarah", "Jane", "Fiona", "Gallagher", "Marcus", "Andrew", "Lister")));
    }

    private static Participant addressee(String name, Role role) {
        return new Participant(name, null, null, null, role, true, null, Extras.NONE);
    }
}
