package app.followup.model;

import java.time.LocalDate;
import java.util.List;

/** One interview and what it uncovered, in the order the method asks for it. */
public record Round(        LocalDate date,
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

    /** The fields of the first release, without the nudges sent since. */
    public Round(LocalDate date, Stage stage, List<Participant> participants, String challenge, List<String> causes,
                 List<String> consequences, String hiringVision, Boolean agreedToContinue,
                 DecisionProcess decisionProcess, List<Evidence> evidence, Step nextStep, List<Step> milestones,
                 List<Term> terminology, String privateNotes, EditedLetter letter, Extras extras) {
        this(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue,
                decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, List.of(), extras);
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
        return new Round(newDate, newStage == null ? stage : newStage, participants, challenge, causes, consequences,
                hiringVision, agreedToContinue, decisionProcess, evidence, null, milestones, terminology, null,
                null, List.of(), extras);
    }

    public Round withDate(LocalDate value) {
        return new Round(value, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withStage(Stage value) {
        return new Round(date, value, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withParticipants(List<Participant> value) {
        return new Round(date, stage, value, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withChallenge(String value) {
        return new Round(date, stage, participants, value, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withCauses(List<String> value) {
        return new Round(date, stage, participants, challenge, value, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withConsequences(List<String> value) {
        return new Round(date, stage, participants, challenge, causes, value, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withHiringVision(String value) {
        return new Round(date, stage, participants, challenge, causes, consequences, value, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withAgreedToContinue(Boolean value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, value, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withDecisionProcess(DecisionProcess value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, value, evidence, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withEvidence(List<Evidence> value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, value, nextStep, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withNextStep(Step value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, value, milestones, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withMilestones(List<Step> value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, value, terminology, privateNotes, letter, nudges, extras);
    }

    public Round withTerminology(List<Term> value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, value, privateNotes, letter, nudges, extras);
    }

    public Round withPrivateNotes(String value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, value, letter, nudges, extras);
    }

    public Round withLetter(EditedLetter value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, value, nudges, extras);
    }

    public Round withNudges(List<Nudge> value) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, letter, value, extras);
    }
}
