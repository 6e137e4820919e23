package app.followup.applications;

import app.followup.letter.NudgeComposer;
import app.followup.letter.Texts;
import app.followup.model.Owner;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.model.Round;
import app.followup.model.Step;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The short letter an application asks for when the employer has gone quiet, as the board and the file's
 * checklist offer it: a nudge once a nudge is due by the cadence ({@link NudgeCadence}), the letter that closes the
 * loop once the employer has gone quiet after two; and a sent one recorded in the round's {@code nudges}.
 */
public final class FollowUps {
    private FollowUps() {
    }

    /**
     * The letter to offer today; empty while nothing is due yet, when the application is closed, or while the round's
     * follow-up letter is not marked sent: a nudge refers to that letter, so the letter comes first.
     */
    public static Optional<NudgeComposer.Kind> offered(Notes notes, LocalDate today) {
        if (!notes.status().isActive() || notes.rounds().isEmpty()) {
            return Optional.empty();
        }
        Round round = notes.lastRound();
        if (round.letter() == null || round.letter().sentOn() == null) {
            return Optional.empty();
        }
        DueItem waiting = new NudgeCadence(today).item(round, "", true);
        if (waiting == null || waiting.due() == null || waiting.due().isAfter(today) || loopClosed(round)) {
            return Optional.empty();
        }
        return switch (waiting.what()) {
            case NUDGE_DUE -> Optional.of(NudgeComposer.Kind.NUDGE);
            case GONE_QUIET -> Optional.of(NudgeComposer.Kind.CLOSE_THE_LOOP);
            default -> Optional.empty();
        };
    }

    /** The loop was closed already: one letter more than the nudges, and only closing the application is left. */
    private static boolean loopClosed(Round round) {
        Step next = NudgeCadence.planned(round.nextStep()) ? round.nextStep() : null;
        LocalDate employerDate = next != null && !next.isMine() ? next.date() : null;
        return NudgeCadence.sentSince(round.nudges(), employerDate).size() > NudgeCadence.TRIES;
    }

    /**
     * The step a nudge (or the letter closing the loop) proposes, as it is recorded with the letter: owned by the
     * candidate, on the day the letter names, worded in the letter's language. Null without a day.
     */
    public static Step proposal(Notes notes, NudgeComposer.Kind kind, LocalDate day) {
        if (day == null) {
            return null;
        }
        ResourceBundle words = CalendarEntries.words(notes.languageOrDefault());
        String what;
        if (kind == NudgeComposer.Kind.CLOSE_THE_LOOP) {
            what = words.getString("proposed.close-loop");
        } else {
            Step agreed = notes.rounds().isEmpty() ? null : notes.lastRound().nextStep();
            String who = agreed == null || agreed.isMine() ? null : Texts.inline(agreed.who());
            what = who == null ? words.getString("proposed.nudge.plain")
                    : MessageFormat.format(words.getString("proposed.nudge").replace("'", "''"), who);
        }
        return Step.of(what, day, Owner.ME);
    }

    /** The notes with the letter recorded as sent in the last round's {@code nudges}. */
    public static Notes withSent(Notes notes, Nudge nudge) {
        int last = notes.rounds().size() - 1;
        Round round = notes.rounds().get(last);
        List<Nudge> nudges = new ArrayList<>(round.nudges());
        nudges.add(nudge);
        return notes.withRound(last, round.withNudges(nudges));
    }
}
