package app.followup.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything the candidate noted about one job application: one employer, one position, every round. */
public record Notes(
        int version,
        Language language,
        Candidate candidate,
        Employer employer,
        String position,
        PrivateNotes privateNotes,
        List<Round> rounds,
        ApplicationStatus status,
        Extras extras) {

    public static final String FORMAT = "followup-notes";
    public static final int CURRENT_VERSION = 1;

    public Notes {
        candidate = candidate == null ? Candidate.EMPTY : candidate;
        employer = employer == null ? Employer.EMPTY : employer;
        privateNotes = privateNotes == null ? PrivateNotes.EMPTY : privateNotes;
        rounds = Lists.copy(rounds);
        status = status == null ? ApplicationStatus.ACTIVE : status;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** The letters' language; a file without one writes Norwegian. */
    public Language languageOrDefault() {
        return language == null ? Language.NB : language;
    }

    public Round lastRound() {
        if (rounds.isEmpty()) {
            throw new IllegalStateException("no rounds");
        }
        return rounds.get(rounds.size() - 1);
    }

    public Notes withLanguage(Language value) {
        return new Notes(version, value, candidate, employer, position, privateNotes, rounds, status, extras);
    }

    public Notes withCandidate(Candidate value) {
        return new Notes(version, language, value, employer, position, privateNotes, rounds, status, extras);
    }

    public Notes withEmployer(Employer value) {
        return new Notes(version, language, candidate, value, position, privateNotes, rounds, status, extras);
    }

    public Notes withPosition(String value) {
        return new Notes(version, language, candidate, employer, value, privateNotes, rounds, status, extras);
    }

    public Notes withPrivateNotes(PrivateNotes value) {
        return new Notes(version, language, candidate, employer, position, value, rounds, status, extras);
    }

    public Notes withRounds(List<Round> newRounds) {
        return new Notes(version, language, candidate, employer, position, privateNotes, newRounds, status, extras);
    }

    public Notes withStatus(ApplicationStatus value) {
        return new Notes(version, language, candidate, employer, position, privateNotes, rounds, value, extras);
    }

    public Notes withRound(int index, Round round) {
        List<Round> copy = new ArrayList<>(rounds);
        copy.set(index, round);
        return withRounds(copy);
    }

    /** Appends a round that starts as a copy of the last one, as the notes format describes. */
    public Notes withNewRound(LocalDate date, Stage stage) {
        List<Round> copy = new ArrayList<>(rounds);
        copy.add(lastRound().nextRound(date, stage));
        return withRounds(copy);
    }
}
