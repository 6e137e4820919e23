package app.followup.pasted;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.EvidenceKind;
import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Owner;
import app.followup.model.Role;
import app.followup.model.Step;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What goes where when a salesperson pastes notes: the trials' cards, and the other shapes real users paste. */
class NotesSorterTest {
    private static final LocalDate AROUND = LocalDate.of(2026, 11, 28);

    /** A person line, so that the lines under it are notes, not one paragraph. */
    private static final String INGRID = "Ingrid (adm. dir.):\n- Hun vil ha en KAM.\n- ";
    private static final String RACHEL = "Rachel (Head of Sales):\n- Wants a KAM.\n- ";

    private static SortedNotes nb(String text) {
        return NotesSorter.sort(text, Language.NB, AROUND);
    }

    private static SortedNotes en(String text) {
        return NotesSorter.sort(text, Language.EN, AROUND);
    }

    @Test
    void theNorwegianCardFillsEveryField() {
        SortedNotes notes = CardLetters.sorted("kort-nb-a.txt", Language.NB);
        assertThat(notes.employer()).isEqualTo("Fjordkraft Solutions");
        assertThat(notes.interviewDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        // the titles written out for the letter's address block, as the testers typed them by hand
        assertThat(notes.people()).containsExactly(new NotedPerson("Hans Petter", "salgsdirektør", null),
                new NotedPerson("Ingrid", "administrerende direktør", Role.DECISION_MAKER));
        assertThat(notes.challenge())
                .isEqualTo("Vi vokser ikke i bedriftsmarkedet. De store kundene kjøper bare strøm, ikke tjenester");
        // "ikke rådgivning" is no cause of its own: the sentence stays whole
        assertThat(notes.causes())
                .containsExactly("KAM-ene selger pris, ikke rådgivning", "Ingen kontoplaner", "CRM brukes nesten ikke");
        assertThat(notes.consequences()).containsExactly("marginen faller",
                "Mistet to store kunder til en konkurrent i høst", "Styret vil ha 15 % vekst i 2027");
        assertThat(notes.hiringVision()).isEqualTo("En KAM som får de 30 største kundene til å kjøpe "
                + "energirådgivning, og som de andre lærer av. Mål: 10 nye tjenesteavtaler innen 12 måneder.");
        assertThat(notes.decisionMaker()).isEqualTo("Ingrid");
        assertThat(notes.decisionSteps()).containsExactly("Hans Petter anbefaler", "Marte tar referansene",
                "Beslutning før jul (fredag 18. desember)");
        assertThat(notes.evidence()).extracting(Evidence::kind, Evidence::detail, Evidence::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EvidenceKind.CASE, "en 90-dagersplan", LocalDate.of(2026, 12, 3)),
                org.assertj.core.groups.Tuple.tuple(EvidenceKind.REFERENCES, "to referanser", null),
                org.assertj.core.groups.Tuple.tuple(EvidenceKind.RESULTS, "tall fra kontoplanene i nåværende jobb",
                        null));
        assertThat(notes.nextStep()).isEqualTo(
                Step.of("ringe Hans Petter for å avtale gjennomgang", LocalDate.of(2026, 12, 4), Owner.ME));
    }

    @Test
    void theEnglishCardSplitsACommaListOfCausesAndDatesEveryPromisedPiece() {
        SortedNotes notes = CardLetters.sorted("card-en-b.txt", Language.EN);
        assertThat(notes.employer()).isEqualTo("Brightwave Logistics");
        assertThat(notes.people()).extracting(NotedPerson::role).containsExactly(null, Role.DECISION_MAKER);
        assertThat(notes.causes()).containsExactly("sales hands over at signature", "no onboarding plan",
                "the warehouse team doesn't know what was sold");
        assertThat(notes.hiringVision()).startsWith("An account executive who owns the customer from the first "
                + "meeting to the first renewal.");
        // "Decides …" is the decision maker's, and ends the process
        assertThat(notes.decisionSteps()).containsExactly("Tom (PeopleFirst) takes the references",
                "James decides after references, by Tuesday 15 December");
        // "my referees' names" is the "two referees" asked for
        assertThat(notes.evidence()).extracting(Evidence::kind, Evidence::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EvidenceKind.CASE, LocalDate.of(2026, 12, 1)),
                org.assertj.core.groups.Tuple.tuple(EvidenceKind.REFERENCES, LocalDate.of(2026, 12, 1)));
        assertThat(notes.nextStep()).isEqualTo(Step.of("call Tom", LocalDate.of(2026, 12, 2), Owner.ME));
    }

    @Test
    void theWindowsOwnFieldNamesAreLabels() {
        SortedNotes notes = nb("""
                Utfordring: Partnerkanalen vokser ikke.
                Årsaker: Ingen eier partnerne. Lite oppfølging.
                Konsekvenser: Tapt andel i Midt-Norge.
                Ansettelsesvisjon: En KAM som eier de 40 største partnerne.
                Beslutningstaker: Lise Moe
                Steg i beslutningsprosessen: Intervju med Lise Moe. Referansesjekk.
                Dokumentasjon: to referanser, salgstall for 2025
                Neste steg: ringe Ola 2. desember
                """);
        assertThat(notes.challenge()).isEqualTo("Partnerkanalen vokser ikke");
        assertThat(notes.causes()).containsExactly("Ingen eier partnerne", "Lite oppfølging");
        assertThat(notes.consequences()).containsExactly("Tapt andel i Midt-Norge");
        assertThat(notes.hiringVision()).isEqualTo("En KAM som eier de 40 største partnerne.");
        assertThat(notes.decisionMaker()).isEqualTo("Lise Moe");
        assertThat(notes.decisionSteps()).containsExactly("Intervju med Lise Moe", "Referansesjekk");
        assertThat(notes.evidence()).extracting(Evidence::kind)
                .containsExactly(EvidenceKind.REFERENCES, EvidenceKind.RESULTS);
        assertThat(notes.nextStep()).isEqualTo(Step.of("ringe Ola", LocalDate.of(2026, 12, 2), Owner.ME));
        assertThat(notes.unplaced()).isEmpty();

        SortedNotes english = en("""
                Challenge: pilots do not turn into contracts
                Causes: no success criteria
                Consequences: flat revenue
                Hiring vision: Someone who owns every pilot
                Decision maker: Rachel
                Decision steps: reference calls; board approval
                Evidence: two referees
                Next step: call Rachel on 3 Dec
                """);
        assertThat(english.challenge()).isEqualTo("pilots do not turn into contracts");
        assertThat(english.causes()).containsExactly("no success criteria");
        assertThat(english.consequences()).containsExactly("flat revenue");
        assertThat(english.hiringVision()).isEqualTo("Someone who owns every pilot.");
        assertThat(english.decisionMaker()).isEqualTo("Rachel");
        assertThat(english.decisionSteps()).containsExactly("reference calls", "board approval");
        assertThat(english.evidence()).extracting(Evidence::kind).containsExactly(EvidenceKind.REFERENCES);
        assertThat(english.nextStep()).isEqualTo(Step.of("call Rachel", LocalDate.of(2026, 12, 3), Owner.ME));
    }

    @Test
    void commonSynonymsAreLabelsToo() {
        SortedNotes english = en("""
                Problem: renewals are falling
                Because: nobody owns the account
                Impact: the margin shrinks
                Effect: the board loses patience
                Looking for: someone who owns the renewals
                Decides: Rachel
                Next: send my referees on 1/12
                """);
        assertThat(english.challenge()).isEqualTo("renewals are falling");
        assertThat(english.causes()).containsExactly("nobody owns the account");
        assertThat(english.consequences()).containsExactly("the margin shrinks", "the board loses patience");
        assertThat(english.hiringVision()).isEqualTo("Someone who owns the renewals.");
        assertThat(english.decisionMaker()).isEqualTo("Rachel");
        // "1/12" is read day first: 1 December
        assertThat(english.nextStep()).isEqualTo(Step.of("send my referees", LocalDate.of(2026, 12, 1), Owner.ME));

        SortedNotes norwegian = nb("""
                Problem: fornyelsene faller
                Årsak: ingen eier kunden
                Fordi: CRM brukes ikke
                Konsekvens: marginen faller
                Leter etter: en KAM som eier fornyelsene
                """);
        assertThat(norwegian.challenge()).isEqualTo("fornyelsene faller");
        assertThat(norwegian.causes()).containsExactly("ingen eier kunden", "CRM brukes ikke");
        assertThat(norwegian.consequences()).containsExactly("marginen faller");
        assertThat(norwegian.hiringVision()).isEqualTo("En KAM som eier fornyelsene.");
    }

    @Test
    void aLabelAloneOnItsLineTakesTheLinesBelowItWhateverTheirBulletsAndLineEnds() {
        SortedNotes notes = nb("Årsaker:\r\n- ingen kontoplaner\r\n– CRM brukes ikke\r\n\r\n• selgerne ringer aldri\r\n"
                + "* ingen eier kunden\r\n1. prisen styrer alt\r\nsalg og drift snakker ikke sammen\r\n\r\n"
                + "Konsekvenser:\r\n  - marginen faller\r\n");
        assertThat(notes.causes()).containsExactly("ingen kontoplaner", "CRM brukes ikke", "selgerne ringer aldri",
                "ingen eier kunden", "prisen styrer alt", "salg og drift snakker ikke sammen");
        assertThat(notes.consequences()).containsExactly("marginen faller");
        assertThat(notes.challenge()).isNull();
        assertThat(notes.unplaced()).isEmpty();
        // after a blank line, a plain line is no longer the label's item
        SortedNotes apart = en("Causes:\n- no account plans\n\nThe canteen was nice.");
        assertThat(apart.causes()).containsExactly("no account plans");
        assertThat(apart.unplaced()).containsExactly("The canteen was nice.");
    }

    @Test
    void notesWithoutHeadingOrPeopleStillHaveAChallengeAVisionAndLinesLeftForTheUser() {
        SortedNotes notes = en("""
                - New customers take nine months to reach full volume
                - Wants an account executive who "owns the customer"
                - the canteen was nice
                """);
        assertThat(notes.employer()).isNull();
        assertThat(notes.interviewDate()).isNull();
        assertThat(notes.people()).isEmpty();
        assertThat(notes.challenge()).isEqualTo("New customers take nine months to reach full volume");
        assertThat(notes.hiringVision()).isEqualTo("An account executive who owns the customer.");
        assertThat(notes.unplaced()).containsExactly("the canteen was nice");
    }

    @Test
    void aParagraphWithoutLabelsGivesOnlyItsFirstSentenceAndKeepsTheRestAsTyped() {
        SortedNotes notes = nb("Vi vokser ikke i bedriftsmarkedet. Hans Petter sier \"KAM-ene selger pris\", og\n"
                + "beslutningen kommer før jul.");
        assertThat(notes.challenge()).isEqualTo("Vi vokser ikke i bedriftsmarkedet");
        assertThat(notes.unplaced()).containsExactly(
                "Hans Petter sier \"KAM-ene selger pris\", og beslutningen kommer før jul.");
        assertThat(notes.causes()).isEmpty();
        assertThat(notes.decisionSteps()).isEmpty();
        assertThat(notes.people()).isEmpty();
        // lines that each stand alone are items without bullets, not one paragraph
        SortedNotes lines = en("New customers take nine months to reach full volume\n"
                + "Wants an account executive who owns the customer\nThe canteen was nice");
        assertThat(lines.challenge()).isEqualTo("New customers take nine months to reach full volume");
        assertThat(lines.hiringVision()).isEqualTo("An account executive who owns the customer.");
        assertThat(lines.unplaced()).containsExactly("The canteen was nice");
        // a sentence that names a day is no heading
        assertThat(nb("Mistet to kunder 3. desember, og marginen faller. Mer senere.").challenge())
                .isEqualTo("Mistet to kunder 3. desember, og marginen faller");
    }

    @Test
    void notesInTheOtherLanguageThanTheLettersAreReadAlike() {
        assertThat(NotesSorter.sort(CardLetters.card("card-en-a.txt"), Language.NB, AROUND))
                .isEqualTo(CardLetters.sorted("card-en-a.txt", Language.EN));
        assertThat(NotesSorter.sort(CardLetters.card("kort-nb-b.txt"), Language.EN, AROUND))
                .isEqualTo(CardLetters.sorted("kort-nb-b.txt", Language.NB));
        SortedNotes mixed = nb("Why: ingen kontoplaner\nFølger: lost two renewals\nI promised: sende tall 2026-12-01");
        assertThat(mixed.causes()).containsExactly("ingen kontoplaner");
        assertThat(mixed.consequences()).containsExactly("lost two renewals");
        assertThat(mixed.nextStep()).isEqualTo(Step.of("sende tall", LocalDate.of(2026, 12, 1), Owner.ME));
    }

    @Test
    void aDateWithoutAYearIsTheOneNearestTheInterview() {
        SortedNotes notes = nb("""
                Notater, Fjordkraft Solutions, lørdag 28. november
                Ba om: to referanser
                Jeg lovet: sende referansene 15. januar, ringe Ingrid 1 Dec
                """);
        assertThat(notes.evidence()).extracting(Evidence::due).containsExactly(LocalDate.of(2027, 1, 15));
        assertThat(notes.nextStep().date()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aQuoteLosesItsQuotationMarksAndKeepsItsWords() {
        SortedNotes notes = en("Rachel (Head of Sales):\n- \"We are losing renewals.\"\n"
                + "- \"Someone who turns our top 40 accounts into partners\"");
        assertThat(notes.challenge()).isEqualTo("We are losing renewals");
        // the composer says the employer's "our" to them as "your" (CardLettersTest): the field keeps what was said
        assertThat(notes.hiringVision()).isEqualTo("Someone who turns our top 40 accounts into partners.");
    }

    @Test
    void evidenceGetsTheKindItsWordsName() {
        assertThat(nb("Ba om: referanser, resultater, et case, sertifikater, en personlighetstest, vitnemål, "
                + "kontoplanene").evidence()).extracting(Evidence::kind).containsExactly(EvidenceKind.REFERENCES,
                EvidenceKind.RESULTS, EvidenceKind.CASE, EvidenceKind.CERTIFICATES, EvidenceKind.TEST,
                EvidenceKind.CERTIFICATES, EvidenceKind.OTHER);
        assertThat(en("They asked for: my latest figures, an example, the latest brochure").evidence())
                .extracting(Evidence::kind)
                .containsExactly(EvidenceKind.RESULTS, EvidenceKind.CASE, EvidenceKind.OTHER);
    }

    @Test
    void aPersonsTitleMayFollowACommaAndAHyphenInItIsNoRemark() {
        assertThat(nb("Hans Petter, salgs-direktør:\n- marginen faller\nIngrid, adm. dir. – hun bestemmer:")
                .people()).containsExactly(new NotedPerson("Hans Petter", "salgs-direktør", null),
                new NotedPerson("Ingrid", "administrerende direktør", Role.DECISION_MAKER));
        // a label with a comma is still no person
        assertThat(en("Why, briefly:\n- no plans").people()).isEmpty();
    }

    @Test
    void twoPromisesJoinedByAndAreTwoAndTwoPiecesAskedForJoinedByAndAreTwo() {
        SortedNotes notes = nb("Ba om: en 90-dagersplan og to referanser, tall og resultater\n"
                + "Jeg lovet: sende planen 3. desember og ringe Ingrid 4. desember");
        assertThat(notes.evidence()).extracting(Evidence::detail)
                .containsExactly("en 90-dagersplan", "to referanser", "tall og resultater");
        assertThat(notes.evidence().get(0).due()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(notes.nextStep()).isEqualTo(Step.of("ringe Ingrid", LocalDate.of(2026, 12, 4), Owner.ME));
    }

    @Test
    void aVisionOrADecisionSaidByANotedPersonIsKnownByItsVerb() {
        SortedNotes notes = nb("""
                Hans Petter (salgsdir.):
                - marginen faller
                Ingrid (adm. dir.):
                - Ingrid vil ha en KAM som eier de 30 største kundene
                - Ingrid vil ha planen før fredag
                - Hans Petter anbefaler. Ingrid bestemmer før jul.
                """);
        assertThat(notes.hiringVision()).isEqualTo("Ingrid vil ha en KAM som eier de 30 største kundene.");
        assertThat(notes.decisionSteps()).containsExactly("Hans Petter anbefaler", "Ingrid bestemmer før jul");
        // a thing wanted is no person pictured
        assertThat(notes.unplaced()).containsExactly("Ingrid vil ha planen før fredag");
    }

    @Test
    void emptyNotesSortToNothing() {
        assertThat(nb("  \n\r\n")).isEqualTo(SortedNotes.NOTHING);
    }
    @Test
    void whoeverTheDecisionStepsNameAsDoingSomethingIsNotedWithTheirAgencyAndWhetherTheyTakeReferences() {
        // "… anbefaler, Marte tar …": a capital after a comma is a name; Marte takes the references
        assertThat(CardLetters.sorted("kort-nb-a.txt", Language.NB).namedInSteps())
                .containsExactly(new NotedPerson("Marte", null, null, Role.RECRUITER));
        // a bracket after the name is the organisation, not a title
        assertThat(CardLetters.sorted("kort-nb-b.txt", Language.NB).namedInSteps())
                .containsExactly(new NotedPerson("Marte", null, "Rekruttpartner", Role.RECRUITER));
        // Rachel is quoted already and has no bracket: only Tom is new
        assertThat(CardLetters.sorted("card-en-a.txt", Language.EN).namedInSteps())
                .containsExactly(new NotedPerson("Tom", null, "PeopleFirst", Role.RECRUITER));
        // "call Tom on Wednesday" writes him with a capital in running text too
        // and someone who does something else is noted without a role
        assertThat(en(RACHEL + "Decision by Friday. Tom takes the references, James decides.\nI promised: call Tom "
                + "on Wednesday 2 December.").namedInSteps())
                .containsExactly(new NotedPerson("Tom", null, null, Role.RECRUITER),
                        new NotedPerson("James", null, null, null));
    }

    @Test
    void aBodyOrAWordThatOnlyOpensASentenceIsNoPersonAndItsStepStays() {
        SortedNotes norwegian = nb(INGRID + "Beslutning før jul. Styret godkjenner, Økonomi (konsernet) sjekker "
                + "budsjettet.");
        assertThat(norwegian.namedInSteps()).isEmpty();
        assertThat(norwegian.decisionSteps()).contains("Styret godkjenner");
        SortedNotes english = en(RACHEL + "Decision by Friday. The board signs off. Finance approves, then Finance "
                + "(group) checks the budget.");
        assertThat(english.namedInSteps()).isEmpty();
        assertThat(english.decisionSteps()).contains("The board signs off");
        // a capital only where a sentence begins says nothing: "Kari intervjuer meg" alone is no proof of a name
        assertThat(nb(INGRID + "Beslutning før jul. Kari intervjuer meg.").namedInSteps()).isEmpty();
    }
}
