package app.followup.advice;

import app.followup.letter.LetterDates;
import app.followup.letter.Texts;
import app.followup.model.Evidence;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One promise, one date: a piece of evidence must not be promised for one day in the evidence and another in the
 * next step or the plan, nor on two days by two steps or two entries of the same item. See {@link Deliverable}
 * for when a step delivers an item. Only what the letter shows counts: the next step, and the milestones of a
 * decision-maker letter; items already delivered are no longer promised.
 */
final class DeliverableDateChecks {
    private DeliverableDateChecks() {
    }

    /** A date something is promised on, and where: the evidence list, the next step or a milestone. */
    private record Promise(LocalDate date, String where, Field field, Deliverable.Action action) {
    }

    /** @param today the dates are written as the deadline texts write them: the year only when not this year's */
    static void check(Round round, LocalDate today, AdviceMessages messages, List<Advice> advice) {
        List<Step> steps = new ArrayList<>();
        if (round.nextStep() != null) {
            steps.add(round.nextStep());
        }
        boolean planShown = round.stageOrDefault() == Stage.DECISION_MAKER;
        List<Step> milestones = planShown ? round.milestones() : List.of();
        steps.addAll(milestones);
        List<Deliverable> reported = new ArrayList<>();
        for (Evidence evidence : round.evidence()) {
            if (evidence == null || evidence.isDelivered()) {
                continue;
            }
            long ofItsKind = round.evidence().stream()
                    .filter(e -> e != null && !e.isDelivered() && e.kind() == evidence.kind()).count();
            Deliverable item = new Deliverable(evidence, ofItsKind == 1);
            if (reported.stream().anyMatch(item::isSameAs)) {
                continue;
            }
            List<Promise> promises = new ArrayList<>();
            for (Evidence other : round.evidence()) {
                if (other != null && !other.isDelivered() && other.due() != null
                        && item.isSameAs(new Deliverable(other))) {
                    promises.add(new Promise(other.due(), messages.get("evidence-date-conflict.evidence"),
                            Field.DECISION, new Deliverable(other).dueAction()));
                }
            }
            for (Step step : steps) {
                Deliverable.Action action = step == null || step.date() == null ? null : item.deliveryBy(step);
                if (action != null) {
                    String where = step == round.nextStep() ? messages.get("evidence-date-conflict.next-step")
                            : messages.get("evidence-date-conflict.milestone", Texts.clause(step.what()));
                    promises.add(new Promise(step.date(), where, Field.NEXT_STEP, action));
                }
            }
            conflict(promises).ifPresent(pair -> {
                Promise first = pair.get(0);
                Promise second = pair.get(1);
                reported.add(item);
                advice.add(new Advice(AdviceCode.EVIDENCE_DATE_CONFLICT, messages.get("evidence-date-conflict",
                        describe(evidence, messages), LetterDates.dayOfMonth(first.date(), today, messages.language()),
                        first.where(), LetterDates.dayOfMonth(second.date(), today, messages.language()),
                        second.where()),
                        first.field(), Texts.clause(evidence.detail())));
            });
        }
    }

    /** The first two promises of the same action on different days, if any. */
    private static Optional<List<Promise>> conflict(List<Promise> promises) {
        for (int i = 0; i < promises.size(); i++) {
            for (int j = i + 1; j < promises.size(); j++) {
                Promise first = promises.get(i);
                Promise second = promises.get(j);
                if (first.action() == second.action() && !first.date().equals(second.date())) {
                    return Optional.of(List.of(first, second));
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(Evidence evidence, AdviceMessages messages) {
        String detail = Texts.clause(evidence.detail());
        if (detail != null) {
            return detail;
        }
        return messages.get("evidence." + (evidence.kind() == null ? "other" : evidence.kind().code()));
    }
}
