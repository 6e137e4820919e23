package app.followup.pasted;

import app.followup.letter.LetterComposer;
import app.followup.model.DecisionProcess;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.userfiles.TemplateLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The trials' cards (docs/trials), sorted and put into a round the way the wizard would hold them, with the
 * participants the interview invitation gave, and the letter composed from them.
 */
final class CardLetters {
    static final LocalDate AROUND = LocalDate.of(2026, 11, 29);
    static final List<Participant> FJORDKRAFT = people("fjordkraft", "rekruttpartner", "Rekruttpartner",
            "Hans Petter Lie", "salgsdirektør", "Ingrid Aas", "administrerende direktør", "Marte Solberg",
            "seniorrådgiver");
    static final List<Participant> BRIGHTWAVE = people("brightwave", "peoplefirst", "PeopleFirst",
            "Rachel O'Neill", "Head of Sales", "James Whitaker", "Managing Director", "Tom Fletcher", "Consultant");

    private CardLetters() {
    }

    /** The invitation's three: the sponsor and the decision maker read the letter, the recruiter gets a copy. */
    private static List<Participant> people(String domain, String agencyDomain, String agency,
            String... namesAndTitles) {
        return List.of(
                Participant.of(namesAndTitles[0], namesAndTitles[1], "sponsor@" + domain + ".example", Role.SPONSOR)
                        .withAddressee(true),
                Participant.of(namesAndTitles[2], namesAndTitles[3], "decides@" + domain + ".example",
                        Role.DECISION_MAKER).withAddressee(true),
                Participant.of(namesAndTitles[4], namesAndTitles[5], "recruiter@" + agencyDomain + ".example",
                        Role.RECRUITER).withOrganisation(agency));
    }

    static String card(String name) {
        try {
            return Files.readString(Path.of("docs/trials", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SortedNotes sorted(String card, Language language) {
        return NotesSorter.sort(card(card), language, AROUND);
    }

    /** The round as a user who pasted the card would have it: the sorted fields, the invitation's people. */
    static Notes notes(SortedNotes sorted, Language language, List<Participant> people) {
        Round round = Round.empty(sorted.interviewDate()).withStage(Stage.DECISION_MAKER)
                .withParticipants(people)
                .withChallenge(sorted.challenge())
                .withCauses(sorted.causes())
                .withConsequences(sorted.consequences())
                .withHiringVision(sorted.hiringVision())
                .withAgreedToContinue(true)
                .withDecisionProcess(new DecisionProcess(sorted.decisionMaker(), sorted.decisionSteps(), null))
                .withEvidence(sorted.evidence())
                .withNextStep(sorted.nextStep());
        return new Notes(1, language, null, null, null, null, List.of(round), null, null);
    }

    /** The letter's body as the reader sees it (non-breaking spaces as spaces). */
    static String letter(String card, Language language, List<Participant> people) {
        SortedNotes sorted = sorted(card, language);
        return body(notes(sorted, language, people), sorted.interviewDate());
    }

    /**
     * The letter of a card pasted into a new application, no invitation read: everything the round knows, the
     * people included, comes from the sorted card.
     */
    static String letterWithoutInvitation(String card, Language language) {
        SortedNotes sorted = sorted(card, language);
        Notes fresh = new Notes(1, language, null, null, null, null, List.of(Round.empty(AROUND)), null, null);
        return body(sorted.into(fresh, 0), sorted.interviewDate());
    }

    private static String body(Notes notes, LocalDate interviewDate) {
        return new LetterComposer(new TemplateLibrary(null)).compose(notes, 0, interviewDate).bodyText()
                .replace('\u00a0', ' ');
    }
}
