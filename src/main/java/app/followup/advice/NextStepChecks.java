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
            advice.add(Advice.of(AdviceCode.NO_NEXT_STEP, messages.get("no-next-step"), null));
        } else {
            // with a date the letter already says when the candidate follows up ("… I will call you on …")
            if (next.owner() == Owner.EMPLOYER && next.date() == null) {
                advice.add(Advice.of(AdviceCode.NEXT_STEP_OWNED_BY_EMPLOYER,
                        messages.get("next-step-owned-by-employer"), null));
            }
            if (next.date() == null) {
                advice.add(Advice.of(AdviceCode.NEXT_STEP_WITHOUT_DATE, messages.get("next-step-without-date"),
                        null));
            } else if (!isSent(round) && next.date().isBefore(today)) {
                advice.add(Advice.of(AdviceCode.NEXT_STEP_IN_PAST, messages.get("next-step-in-past",
                        Texts.clause(next.what()), LetterDates.dayOfMonth(next.date(), today, messages.language())),
                        next.what()));
            }
        }
        if (round.stageOrDefault() != Stage.DECISION_MAKER) {
            return;
        }
        List<Step> plan = round.milestones().stream().filter(step -> !Texts.isBlank(step.what())).toList();
        if (plan.isEmpty()) {
            advice.add(Advice.of(AdviceCode.MILESTONES_MISSING, messages.get("milestones-missing"), null));
            return;
        }
        boolean sent = isSent(round);
        for (Step step : plan) {
            if (!sent && step.date() != null && step.date().isBefore(today)) {
                advice.add(Advice.of(AdviceCode.MILESTONE_IN_PAST, messages.get("milestone-in-past",
                        Texts.clause(step.what()), LetterDates.dayOfMonth(step.date(), today, messages.language())),
                        step.what()));
            }
        }
        if (plan.stream().noneMatch(step -> DECISION.matcher(step.what().toLowerCase(Locale.ROOT)).find())) {
            advice.add(Advice.of(AdviceCode.NO_DECISION_MILESTONE, messages.get("no-decision-milestone"), null));
        }
    }

    /** A sent letter's dates are history: they were ahead when it went out. */
    private static boolean isSent(Round round) {
        return round.letter() != null && round.letter().sentOn() != null;
    }
}
