package app.followup.pasted;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.DecisionProcess;
import app.followup.model.Employer;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.PrivateNotes;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What "Fill in the pages" does to the round: the notes' fields replace, the rest stays, people are matched. */
class SortedNotesIntoTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final Participant HANS_PETTER = Participant.of("Hans Petter Lie", "Salgsdirektør",
            "hans.petter.lie@fjordkraft.no", Role.SPONSOR).withAddressee(true);
    private static final Participant INGRID = Participant.of("Ingrid Aas", null, "ingrid.aas@fjordkraft.no",
            Role.OTHER);

    private static Notes notes(Round round) {
        return new Notes(Notes.CURRENT_VERSION, Language.NB, null, Employer.EMPTY, "KAM", PrivateNotes.EMPTY,
                List.of(round), null, null);
    }

    private static Round typed() {
        return Round.empty(LocalDate.of(2026, 11, 29)).with(c -> {
            c.participants = List.of(HANS_PETTER, INGRID);
            c.challenge = "typed challenge";
            c.causes = List.of("typed cause");
            c.consequences = List.of("typed consequence");
            c.hiringVision = "typed vision";
            c.decisionProcess = new DecisionProcess("Ingrid Aas", List.of("typed step"), Extras.NONE);
            c.evidence = List.of(Evidence.of(EvidenceKind.CASE, "typed case"));
            c.nextStep = Step.of("typed next step", LocalDate.of(2026, 12, 1), Owner.ME);
            c.privateNotes = "Lønn: spør om bonus";
        });
    }

    private static SortedNotes sorted(List<NotedPerson> people, String challenge, List<String> causes,
                                      String decisionMaker, List<String> unplaced) {
        return new SortedNotes(null, null, people, challenge, causes, List.of(), null, decisionMaker, List.of(),
                List.of(), null, unplaced);
    }

    @Test
    void everyFieldTheNotesGiveReplacesTheRounds() {
        Step promised = Step.of("sende 90-dagersplanen", LocalDate.of(2026, 12, 3), Owner.ME);
        Evidence references = Evidence.of(EvidenceKind.REFERENCES, "to referanser");
        SortedNotes notes = new SortedNotes(null, DAY, List.of(), "Vi vokser ikke i bedriftsmarkedet.",
                List.of("KAM-ene selger pris", "Ingen kontoplaner"), List.of("marginen faller"),
                "En KAM som får de 30 største kundene til å kjøpe rådgivning.", null,
                List.of("Hans Petter anbefaler"), List.of(references), promised, List.of());
        Round round = notes.into(notes(typed()), 0).rounds().get(0);
        assertThat(round.date()).isEqualTo(DAY);
        assertThat(round.challenge()).isEqualTo("Vi vokser ikke i bedriftsmarkedet.");
        assertThat(round.causes()).containsExactly("KAM-ene selger pris", "Ingen kontoplaner");
        assertThat(round.consequences()).containsExactly("marginen faller");
        assertThat(round.hiringVision()).startsWith("En KAM");
        assertThat(round.decisionProcess().steps()).containsExactly("Hans Petter anbefaler");
        assertThat(round.decisionProcess().decisionMaker()).as("not in the notes: kept").isEqualTo("Ingrid Aas");
        assertThat(round.evidence()).containsExactly(references);
        assertThat(round.nextStep()).isEqualTo(promised);
    }

    @Test
    void fieldsTheNotesDoNotGiveAreKept() {
        Round before = typed();
        Round after = SortedNotes.NOTHING.into(notes(before), 0).rounds().get(0);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void onlyTheRoundAskedForIsFilled() {
        Notes two = notes(typed()).withNewRound(LocalDate.of(2026, 12, 10), Stage.SPONSOR);
        Notes filled = sorted(List.of(), "new challenge", List.of(), null, List.of()).into(two, 1);
        assertThat(filled.rounds().get(0).challenge()).isEqualTo("typed challenge");
        assertThat(filled.rounds().get(1).challenge()).isEqualTo("new challenge");
    }

    @Test
    void aGivenNameMatchesTheParticipantWhoTakesTheRoleButKeepsTheInvitationsTitle() {
        SortedNotes notes = sorted(List.of(new NotedPerson("hans petter", "salgsdir.", Role.SPONSOR),
                new NotedPerson("Ingrid", "adm. dir.", Role.DECISION_MAKER)), null, List.of(), null, List.of());
        List<Participant> people = notes.into(notes(typed()), 0).rounds().get(0).participants();
        assertThat(people).extracting(Participant::name).containsExactly("Hans Petter Lie", "Ingrid Aas");
        assertThat(people.get(0).title()).as("the invitation's title beats the notes' shorthand")
                .isEqualTo("Salgsdirektør");
        assertThat(people.get(0).email()).isEqualTo("hans.petter.lie@fjordkraft.no");
        assertThat(people.get(1).title()).as("she had none").isEqualTo("adm. dir.");
        assertThat(people.get(1).role()).isEqualTo(Role.DECISION_MAKER);
    }

    @Test
    void aNotedPersonWithoutARoleLeavesTheParticipantsRoleAlone() {
        SortedNotes notes = sorted(List.of(new NotedPerson("Hans Petter Lie", null, null)), null, List.of(), null,
                List.of());
        Participant hansPetter = notes.into(notes(typed()), 0).rounds().get(0).participants().get(0);
        assertThat(hansPetter).isEqualTo(HANS_PETTER);
    }

    @Test
    void someoneNotInTheTableIsAddedWithoutAnAddress() {
        SortedNotes notes = sorted(List.of(new NotedPerson("Marte", "HR", null)), null, List.of(), null, List.of());
        List<Participant> people = notes.into(notes(typed()), 0).rounds().get(0).participants();
        assertThat(people).hasSize(3);
        Participant marte = people.get(2);
        assertThat(marte.name()).isEqualTo("Marte");
        assertThat(marte.title()).isEqualTo("HR");
        assertThat(marte.email()).isNull();
        assertThat(marte.role()).as("as 'Add participant' makes a later row").isEqualTo(Role.OTHER);
        assertThat(marte.isMarkedAddressee()).isFalse();
    }

    @Test
    void intoAnEmptyTableTheFirstPersonIsTheSponsorAndTheAddressee() {
        SortedNotes notes = sorted(List.of(new NotedPerson("Hans Petter", "salgsdir.", null),
                new NotedPerson("Ingrid", null, null)), null, List.of(), null, List.of());
        List<Participant> people = notes.into(notes(Round.empty(DAY)), 0).rounds().get(0).participants();
        assertThat(people).extracting(Participant::role).containsExactly(Role.SPONSOR, Role.OTHER);
        assertThat(people).extracting(Participant::isMarkedAddressee).containsExactly(true, false);
    }

    @Test
    void intoAnEmptyTableTheDecisionMakerInTheRoomReadsTheLetterTooButBesideTheInvitationsPeopleNot() {
        SortedNotes notes = sorted(List.of(new NotedPerson("Hans Petter", "salgsdir.", null),
                new NotedPerson("Ingrid", null, Role.DECISION_MAKER)), null, List.of(), null, List.of());
        List<Participant> fresh = notes.into(notes(Round.empty(DAY)), 0).rounds().get(0).participants();
        assertThat(fresh).extracting(Participant::role).containsExactly(Role.SPONSOR, Role.DECISION_MAKER);
        assertThat(fresh).extracting(Participant::isMarkedAddressee).containsExactly(true, true);
        Round invited = typed().withParticipants(List.of(HANS_PETTER));
        List<Participant> beside = notes.into(notes(invited), 0).rounds().get(0).participants();
        assertThat(beside).extracting(Participant::isMarkedAddressee).containsExactly(true, false);
    }

    @Test
    void aNameTwoParticipantsCouldBeIsAddedRatherThanGuessed() {
        Round round = typed().withParticipants(List.of(HANS_PETTER,
                Participant.of("Hans Olsen", null, null, Role.OTHER)));
        SortedNotes notes = sorted(List.of(new NotedPerson("Hans", null, Role.DECISION_MAKER)), null, List.of(),
                null, List.of());
        List<Participant> people = notes.into(notes(round), 0).rounds().get(0).participants();
        assertThat(people).extracting(Participant::role).containsExactly(Role.SPONSOR, Role.OTHER,
                Role.DECISION_MAKER);
    }

    @Test
    void theDecisionMakerIsNamedInFullAsTheTableHasHer() {
        SortedNotes notes = sorted(List.of(), null, List.of(), "ingrid", List.of());
        Round round = notes.into(notes(typed().withDecisionProcess(null)), 0).rounds().get(0);
        assertThat(round.decisionProcess().decisionMaker()).isEqualTo("Ingrid Aas");
        assertThat(round.decisionProcess().steps()).isEmpty();
    }

    @Test
    void aDecisionMakerNotInTheTableIsNamedAsNoted() {
        SortedNotes notes = sorted(List.of(), null, List.of(), "Styret", List.of());
        assertThat(notes.into(notes(typed()), 0).rounds().get(0).decisionProcess().decisionMaker())
                .isEqualTo("Styret");
    }

    @Test
    void theDecisionMakerInTheRoomMakesItADecisionMakerRound() {
        SortedNotes notes = sorted(List.of(new NotedPerson("Ingrid", null, Role.DECISION_MAKER)), null, List.of(),
                null, List.of());
        assertThat(notes.into(notes(typed()), 0).rounds().get(0).stage()).isEqualTo(Stage.DECISION_MAKER);
        SortedNotes sponsorOnly = sorted(List.of(new NotedPerson("Hans Petter", null, Role.SPONSOR)), null,
                List.of(), null, List.of());
        assertThat(sponsorOnly.into(notes(typed()), 0).rounds().get(0).stage()).isEqualTo(Stage.SPONSOR);
    }

    @Test
    void theEmployerIsSetOnlyWhenTheNotesHaveNone() {
        SortedNotes notes = new SortedNotes("Fjordkraft Solutions", null, List.of(), null, List.of(), List.of(),
                null, null, List.of(), List.of(), null, List.of());
        assertThat(notes.into(notes(typed()), 0).employer().name()).isEqualTo("Fjordkraft Solutions");
        Notes named = notes(typed()).withEmployer(Employer.EMPTY.withName("Fjordkraft Solutions AS"));
        assertThat(notes.into(named, 0).employer().name()).isEqualTo("Fjordkraft Solutions AS");
    }

    @Test
    void linesNotPlacedGoToTheRoundsPrivateNotesAfterWhatIsThere() {
        SortedNotes notes = sorted(List.of(), null, List.of(), null,
                List.of("Kaffe i kantina er god", "Parkering bak bygget"));
        Notes filled = notes.into(notes(typed()), 0);
        assertThat(filled.rounds().get(0).privateNotes())
                .isEqualTo("Lønn: spør om bonus\n\nKaffe i kantina er god\nParkering bak bygget");
        assertThat(notes.into(notes(Round.empty(DAY)), 0).rounds().get(0).privateNotes())
                .isEqualTo("Kaffe i kantina er god\nParkering bak bygget");
    }
    private static SortedNotes namedInSteps(NotedPerson... people) {
        return new SortedNotes(null, null, List.of(), null, List.of(), List.of(), null, null, List.of(), List.of(),
                null, List.of(), List.of(people));
    }

    @Test
    void someoneAStepNamesIsTheInvitationsParticipantUnchangedSaveAMissingOrganisation() {
        Participant marte = Participant.of("Marte Solberg", "seniorrådgiver", "marte@rekruttpartner.example",
                Role.OTHER);
        Round round = typed().withParticipants(List.of(HANS_PETTER, INGRID, marte));
        List<Participant> people = namedInSteps(new NotedPerson("Marte", null, "Rekruttpartner", Role.RECRUITER))
                .into(notes(round), 0).rounds().get(0).participants();
        assertThat(people).hasSize(3);
        assertThat(people.get(2)).as("role, title and email as the invitation gave them")
                .isEqualTo(marte.withOrganisation("Rekruttpartner"));
        Participant atAgency = marte.withOrganisation("Rekruttpartner AS");
        List<Participant> kept = namedInSteps(new NotedPerson("Marte", null, "Rekruttpartner", Role.RECRUITER))
                .into(notes(round.withParticipants(List.of(HANS_PETTER, atAgency))), 0).rounds().get(0)
                .participants();
        assertThat(kept.get(1)).isEqualTo(atAgency);
    }

    @Test
    void someoneAStepNamesWhoIsNotThereIsAddedWithTheirAgencyButNeverAsTheAddressee() {
        List<Participant> people = namedInSteps(new NotedPerson("Tom", null, "PeopleFirst", Role.RECRUITER))
                .into(notes(Round.empty(DAY)), 0).rounds().get(0).participants();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Tom");
        assertThat(people.get(0).organisation()).isEqualTo("PeopleFirst");
        assertThat(people.get(0).role()).isEqualTo(Role.RECRUITER);
        assertThat(people.get(0).isMarkedAddressee()).as("even as the only one").isFalse();
    }

    @Test
    void aDoubleGivenNameNotedAloneIsHowTheLetterGreetsThem() {
        SortedNotes notes = sorted(List.of(new NotedPerson("Hans Petter", "salgsdir.", null),
                new NotedPerson("Ingrid", null, null), new NotedPerson("Lars Olsen", null, null)), null, List.of(),
                null, List.of());
        List<Participant> people = notes.into(notes(Round.empty(DAY)), 0).rounds().get(0).participants();
        assertThat(people).extracting(Participant::greetingName).containsExactly("Hans Petter", null, null);
    }
}
