package app.followup.applications;

import app.followup.Samples;
import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.EditedLetter;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.letter.NudgeComposer;
import app.followup.model.Nudge;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Step;
import app.followup.notes.NotesException;
import app.followup.notes.NotesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Notes files in every stage an application goes through, made from the Nordlys sample (interview on Thursday
 * 26 November 2026) by changing its one round.
 */
public final class Applications {
    public static final LocalDate INTERVIEW = LocalDate.parse("2026-11-26");

    private Applications() {
    }

    /** The sample with its letter marked sent on the interview day, its next step and evidence taken out. */
    public static Notes sent() {
        return change(Samples.load(Samples.NORDLYS), round -> round
                .withLetter(new EditedLetter(null, null, INTERVIEW, Extras.NONE))
                .withNextStep(null)
                .withEvidence(List.of()));
    }

    public static Notes change(Notes notes, UnaryOperator<Round> change) {
        int last = notes.rounds().size() - 1;
        return notes.withRound(last, change.apply(notes.rounds().get(last)));
    }

    public static Notes employerStep(Notes notes, String date) {
        return change(notes, round -> round.withNextStep(
                Step.of("Ola gir beskjed om neste runde", LocalDate.parse(date), Owner.EMPLOYER).withWho("Ola")));
    }

    public static Notes myStep(Notes notes, String date) {
        return change(notes, round -> round.withNextStep(
                Step.of("Jeg ringer Ola for å avtale casen", LocalDate.parse(date), Owner.ME)));
    }

    public static Notes nudged(Notes notes, String... sentOn) {
        List<Nudge> nudges = new ArrayList<>();
        for (String day : sentOn) {
            nudges.add(new Nudge(day == null ? null : LocalDate.parse(day), "Veien videre", "Hei Ola", Extras.NONE));
        }
        return change(notes, round -> round.withNudges(nudges));
    }

    /** Nudges sent on the given days, each proposing the candidate's call on the day after it in the list. */
    public static Notes proposing(Notes notes, String... sentOnThenProposed) {
        List<Nudge> nudges = new ArrayList<>();
        for (int i = 0; i < sentOnThenProposed.length; i += 2) {
            nudges.add(new Nudge(LocalDate.parse(sentOnThenProposed[i]), "Veien videre", "Hei Ola",
                    FollowUps.proposal(notes, NudgeComposer.Kind.NUDGE, LocalDate.parse(sentOnThenProposed[i + 1])),
                    Extras.NONE));
        }
        return change(notes, round -> round.withNudges(nudges));
    }

    public static Notes evidence(Notes notes, String due, String delivered) {
        Evidence item = new Evidence(EvidenceKind.REFERENCES, "To referanser", LocalDate.parse(due),
                delivered == null ? null : LocalDate.parse(delivered), Extras.NONE);
        return change(notes, round -> {
            List<Evidence> all = new ArrayList<>(round.evidence());
            all.add(item);
            return round.withEvidence(all);
        });
    }

    public static Notes closed(Notes notes, ApplicationState state) {
        return notes.withStatus(new ApplicationStatus(state, LocalDate.parse("2026-11-30"), Extras.NONE));
    }

    public static Path save(Path file, Notes notes) {
        try {
            new NotesFile().save(file, notes);
            return file;
        } catch (NotesException e) {
            throw new IllegalStateException(e);
        }
    }
}
