package app.followup.advice;

import app.followup.letter.LetterDates;
import app.followup.letter.Texts;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keep the initiative: a dated next step the candidate owns, and a plan that leads to a decision. */
final class NextStepChecks {
    private static final Pattern DECISION = Pattern.compile(
            "beslutning|avgjørelse|tilbud|ansettelse|decision|decide|offer|hire", Pattern.CASE_INSENSITIVE);

    private NextStepChecks() {
    }

    static void check(Round round, LocalDate today, AdviceMessages messages, List<Advice> advice) {
        Step next = round.nextStep();
        if (next == null || Texts.isBlank(next.what())) {
            advice.add(new Advice(Level.WARN, "no-next-step", messages.get("no-next-step"), Field.NEXT_STEP, null));
        } else {
            if (next.owner() == Owner.EMPLOYER) {
                advice.add(new Advice(Level.WARN, "next-step-owned-by-employer",
                        messages.get("next-step-owned-by-employer"), Field.NEXT_STEP, null));
            }
            if (next.date() == null) {
                advice.add(new Advice(Level.WARN, "next-step-without-date", messages.get("next-step-without-date"),
                        Field.NEXT_STEP, null));
            } else if (!isSent(round) && next.date().isBefore(today)) {
                advice.add(new Advice(Level.WARN, "next-step-in-past", messages.get("next-step-in-past",
                        Texts.clause(next.what()), LetterDates.longDate(next.date(), messages.language())),
                        Field.NEXT_STEP, next.what()));
            }
        }
        if (round.stageOrDefault() != Stage.DECISION_MAKER) {
            return;
        }
        List<Step> plan = round.milestones().stream().filter(step -> !Texts.isBlank(step.what())).toList();
        if (plan.isEmpty()) {
            advice.add(new Advice(Level.WARN, "milestones-missing", messages.get("milestones-missing"),
                    Field.NEXT_STEP, null));
            return;
        }
        boolean sent = isSent(round);
        for (Step step : plan) {
            if (!sent && step.date() != null && step.date().isBefore(today)) {
                advice.add(new Advice(Level.WARN, "milestone-in-past", messages.get("milestone-in-past",
                        Texts.clause(step.what()), LetterDates.longDate(step.date(), messages.language())),
                        Field.NEXT_STEP, step.what()));
            }
        }
        if (plan.stream().noneMatch(step -> DECISION.matcher(step.what().toLowerCase(Locale.ROOT)).find())) {
            advice.add(new Advice(Level.WARN, "no-decision-milestone", messages.get("no-decision-milestone"),
                    Field.NEXT_STEP, null));
        }
    }

    /** A sent letter's dates are history: they were ahead when it went out. */
    private static boolean isSent(Round round) {
        return round.letter() != null && round.letter().sentOn() != null;
    }
}
