package app.followup.pasted;

import app.followup.model.DecisionProcess;
import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;

/**
 * What a salesperson's own notes, pasted in one piece, say, sorted into the wizard's fields. A field the notes do
 * not give is null (or empty); what could not be placed is kept in {@link #unplaced} so that the user sees it and
 * nothing typed is lost.
 *
 * @param employer       the employer named in the notes' heading, or null
 * @param interviewDate  the interview's day named in the heading, or null
 * @param people         who spoke, from lines such as "Hans Petter (salgsdir.):", in the order of the notes
 * @param nextStep       what the candidate promised to do next that is no piece of evidence, owned by the
 *                       candidate, or null
 * @param unplaced       lines (or parts of lines) that fit no field, as typed
 * @param namedInSteps   people the decision steps name as doing something ("Marte tar referansene") who said
 *                       nothing the notes quote; they join the round but never as its addressee
 */
public record SortedNotes(
        String employer,
        LocalDate interviewDate,
        List<NotedPerson> people,
        String challenge,
        List<String> causes,
        List<String> consequences,
        String hiringVision,
        String decisionMaker,
        List<String> decisionSteps,
        List<Evidence> evidence,
        Step nextStep,
        List<String> unplaced,
        List<NotedPerson> namedInSteps) {

    public SortedNotes(String employer, LocalDate interviewDate, List<NotedPerson> people, String challenge,
            List<String> causes, List<String> consequences, String hiringVision, String decisionMaker,
            List<String> decisionSteps, List<Evidence> evidence, Step nextStep, List<String> unplaced) {
        this(employer, interviewDate, people, challenge, causes, consequences, hiringVision, decisionMaker,
                decisionSteps, evidence, nextStep, unplaced, List.of());
    }

    public SortedNotes {
        people = people == null ? List.of() : List.copyOf(people);
        causes = causes == null ? List.of() : List.copyOf(causes);
        consequences = consequences == null ? List.of() : List.copyOf(consequences);
        decisionSteps = decisionSteps == null ? List.of() : List.copyOf(decisionSteps);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
        namedInSteps = namedInSteps == null ? List.of() : List.copyOf(namedInSteps);
    }

    public static final SortedNotes NOTHING = new SortedNotes(null, null, List.of(), null, List.of(), List.of(),
            null, null, List.of(), List.of(), null, List.of());

    /**
     * The notes with what was sorted filled into the round: every field the pasted notes give replaces the
     * round's, every other field is kept; a person is matched to a participant already there by name (a given
     * name matches "Hans Petter Lie"), which then takes the noted role and, when it has none, the noted title;
     * anyone else is added, called by the name the notes give ("Hans Petter"). Someone a decision step names is
     * matched the same way but changes no more than a missing organisation, and is added as no addressee. The
     * employer is set only when the notes have none yet.
     */
    public Notes into(Notes notes, int round) {
        Notes filled = notes.withRound(round, notes.rounds().get(round).with(c -> fill(c, notes.languageOrDefault())));
        boolean hasEmployer = notes.employer().name() != null && !notes.employer().name().isBlank();
        return employer == null || employer.isBlank() || hasEmployer ? filled
                : filled.withEmployer(filled.employer().withName(employer.strip()));
    }

    private void fill(Round.Copy c, Language language) {
        c.participants = NotedPeople.withNamedInSteps(NotedPeople.merged(c.participants, people, language),
                namedInSteps, language);
        if (people.stream().anyMatch(p -> p.role() == Role.DECISION_MAKER)) {
            // the one who decides was in the room: the letter carries the progress plan
            c.stage = Stage.DECISION_MAKER;
        }
        if (interviewDate != null) {
            c.date = interviewDate;
        }
        if (given(challenge)) {
            c.challenge = challenge;
        }
        if (!causes.isEmpty()) {
            c.causes = causes;
        }
        if (!consequences.isEmpty()) {
            c.consequences = consequences;
        }
        if (given(hiringVision)) {
            c.hiringVision = hiringVision;
        }
        DecisionProcess process = c.decisionProcess == null ? DecisionProcess.EMPTY : c.decisionProcess;
        if (given(decisionMaker)) {
            process = process.withDecisionMaker(NotedPeople.fullName(c.participants, decisionMaker));
        }
        if (!decisionSteps.isEmpty()) {
            process = process.withSteps(decisionSteps);
        }
        if (given(decisionMaker) || !decisionSteps.isEmpty()) {
            c.decisionProcess = process;
        }
        if (!evidence.isEmpty()) {
            c.evidence = evidence;
        }
        if (nextStep != null) {
            c.nextStep = nextStep;
        }
        if (!unplaced.isEmpty()) {
            // kept where only the candidate reads it: nothing typed is lost, none of it reaches the letter
            String lines = String.join("\n", unplaced);
            c.privateNotes = c.privateNotes == null || c.privateNotes.isBlank() ? lines
                    : c.privateNotes.stripTrailing() + "\n\n" + lines;
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
