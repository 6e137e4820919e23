package app.followup.model;

import java.time.LocalDate;
import java.util.List;

/** One interview and what it uncovered, in the order the method asks for it. */
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
        Extras extras) {

    public Round {
        participants = Lists.copy(participants);
        causes = Lists.copy(causes);
        consequences = Lists.copy(consequences);
        evidence = Lists.copy(evidence);
        milestones = Lists.copy(milestones);
        terminology = Lists.copy(terminology);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** An empty round on the given day, as a new application starts. */
    public static Round empty(LocalDate date) {
        return new Round(date, Stage.SPONSOR, List.of(), null, List.of(), List.of(), null, null, null,
                List.of(), null, List.of(), List.of(), null, null, Extras.NONE);
    }

    public Stage stageOrDefault() {
        return stage == null ? Stage.SPONSOR : stage;
    }

    public DecisionProcess decisionProcessOrEmpty() {
        return decisionProcess == null ? DecisionProcess.EMPTY : decisionProcess;
    }

    /** The next interview starts from this one's notes, without its date, letter and private notes. */
    public Round nextRound(LocalDate newDate, Stage newStage) {
        return new Round(newDate, newStage == null ? stage : newStage, participants, challenge, causes, consequences,
                hiringVision, agreedToContinue, decisionProcess, evidence, nextStep, milestones, terminology, null,
                null, extras);
    }

    public Round withLetter(EditedLetter newLetter) {
        return new Round(date, stage, participants, challenge, causes, consequences, hiringVision, agreedToContinue,
                decisionProcess, evidence, nextStep, milestones, terminology, privateNotes, newLetter, extras);
    }
}
