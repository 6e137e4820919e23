package app.followup.model;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * One interview and what it uncovered, in the order the method asks for it.
 *
 * <p>The record stays flat because the notes file is flat: one JSON object per round, one field per component.
 * Every {@code withX} goes through {@link #with}, which copies the components by name, so no wither lists the
 * seventeen components by position and a new component is added in three places (record, {@link Copy}, the
 * constructor call in {@link Copy#build}).
 */
public record Round(
        LocalDate date,
        Stage stage,
        List<Participant> participants,
        String challenge,
        List<String> causes,
        List<String> consequences,
        String hiringVision,
        Boolean agreedToContinue,
        DecisionProcess decisionProcess,
        List<Evidence> evidence,
        Step nextStep,
        List<Step> milestones,
        List<Term> terminology,
        String privateNotes,
        EditedLetter letter,
        List<Nudge> nudges,
        Extras extras) {

    public Round {
        participants = Lists.copy(participants);
        causes = Lists.copy(causes);
        consequences = Lists.copy(consequences);
        evidence = Lists.copy(evidence);
        milestones = Lists.copy(milestones);
        terminology = Lists.copy(terminology);
        nudges = Lists.copy(nudges);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** An empty round on the given day, as a new application starts. */
    public static Round empty(LocalDate date) {
        return new Round(date, Stage.SPONSOR, List.of(), null, List.of(), List.of(), null, null, null,
                List.of(), null, List.of(), List.of(), null, null, List.of(), Extras.NONE);
    }

    public Stage stageOrDefault() {
        return stage == null ? Stage.SPONSOR : stage;
    }

    public DecisionProcess decisionProcessOrEmpty() {
        return decisionProcess == null ? DecisionProcess.EMPTY : decisionProcess;
    }

    /**
     * The next interview starts from this one's notes, without its date, letter, private notes, next step and
     * nudges: those belong to the round they were made in.
     */
    public Round nextRound(LocalDate newDate, Stage newStage) {
        return with(c -> {
            c.date = newDate;
            c.stage = newStage == null ? stage : newStage;
            c.nextStep = null;
            c.privateNotes = null;
            c.letter = null;
            c.nudges = List.of();
        });
    }

    /** A copy with the components the change sets, by name; the rest as they are. */
    public Round with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    public Round withDate(LocalDate value) {
        return with(c -> c.date = value);
    }

    public Round withStage(Stage value) {
        return with(c -> c.stage = value);
    }

    public Round withParticipants(List<Participant> value) {
        return with(c -> c.participants = value);
    }

    public Round withChallenge(String value) {
        return with(c -> c.challenge = value);
    }

    public Round withCauses(List<String> value) {
        return with(c -> c.causes = value);
    }

    public Round withConsequences(List<String> value) {
        return with(c -> c.consequences = value);
    }

    public Round withHiringVision(String value) {
        return with(c -> c.hiringVision = value);
    }

    public Round withAgreedToContinue(Boolean value) {
        return with(c -> c.agreedToContinue = value);
    }

    public Round withDecisionProcess(DecisionProcess value) {
        return with(c -> c.decisionProcess = value);
    }

    public Round withEvidence(List<Evidence> value) {
        return with(c -> c.evidence = value);
    }

    public Round withNextStep(Step value) {
        return with(c -> c.nextStep = value);
    }

    public Round withMilestones(List<Step> value) {
        return with(c -> c.milestones = value);
    }

    public Round withTerminology(List<Term> value) {
        return with(c -> c.terminology = value);
    }

    public Round withPrivateNotes(String value) {
        return with(c -> c.privateNotes = value);
    }

    public Round withLetter(EditedLetter value) {
        return with(c -> c.letter = value);
    }

    public Round withNudges(List<Nudge> value) {
        return with(c -> c.nudges = value);
    }

    public Round withExtras(Extras value) {
        return with(c -> c.extras = value);
    }

    /** The components of a round, open for change inside {@link #with}; the record checks them when built. */
    public static final class Copy {
        public LocalDate date;
        public Stage stage;
        public List<Participant> participants;
        public String challenge;
        public List<String> causes;
        public List<String> consequences;
        public String hiringVision;
        public Boolean agreedToContinue;
        public DecisionProcess decisionProcess;
        public List<Evidence> evidence;
        public Step nextStep;
        public List<Step> milestones;
        public List<Term> terminology;
        public String privateNotes;
        public EditedLetter letter;
        public List<Nudge> nudges;
        public Extras extras;

        private Copy(Round r) {
            date = r.date;
            stage = r.stage;
            participants = r.participants;
            challenge = r.challenge;
            causes = r.causes;
            consequences = r.consequences;
            hiringVision = r.hiringVision;
            agreedToContinue = r.agreedToContinue;
            decisionProcess = r.decisionProcess;
            evidence = r.evidence;
            nextStep = r.nextStep;
            milestones = r.milestones;
            terminology = r.terminology;
            privateNotes = r.privateNotes;
            letter = r.letter;
            nudges = r.nudges;
            extras = r.extras;
        }

        private Round build() {
            return new Round(date, stage, participants, challenge, causes, consequences, hiringVision,
                    agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes,
                    letter, nudges, extras);
        }
    }
}
