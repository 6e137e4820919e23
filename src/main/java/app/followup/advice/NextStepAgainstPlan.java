package app.followup.advice;

import app.followup.letter.LetterDates;
import app.followup.letter.Texts;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A next step that books a milestone after the plan's date for it: "I will call Rachel on 10 December to book the
 * plan presentation" beside a plan that has the presentation on 8 December. The letter then promises a call about a
 * meeting already past by the plan, and the reader sees it. Only what is certain is named: the next step says
 * that it arranges something (book, schedule, arrange, agree, avtale, planlegge, berame, finne tid …), every word
 * of what it arranges that names a thing is in exactly one dated milestone (in any inflection: "presentasjonen av
 * 90-dagersplanen" is "Presentasjon av 90-dagersplan"), and that milestone's date is before the next step's.
 */
final class NextStepAgainstPlan {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
    private static final List<String> ARRANGING_STARTS = List.of("book", "schedul", "arrang", "avtal", "planlegg",
            "organis", "organiz", "beram");
    private static final Set<String> ARRANGING_WORDS = Set.of("agree", "finne", "fix");
    /** Where the clause that says what is arranged ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[,;.]|\\band\\b|\\bog\\b|\\bså\\b|\\bso\\b)");
    /** Words around what is arranged that name no thing: a slot, a time, a date, who takes part. */
    private static final Set<String> FILLER = Set.of("slot", "time", "times", "date", "dates", "dato", "datoer",
            "tidspunkt", "når", "with", "this", "that", "your", "mitt", "mine", "deres", "both", "begge", "about",
            "where", "hvor", "when", "could", "next", "neste", "suitable", "passende", "egnet");
    /** Shortest word read as naming a thing. */
    private static final int SHORTEST = 4;

    private NextStepAgainstPlan() {
    }

    static void check(Round round, LocalDate today, AdviceMessages messages, List<Advice> advice) {
        Step next = round.nextStep();
        // a step of punctuation only ("|", "…") is no clause: nothing to compare
        String said = next == null ? null : Texts.clause(next.what());
        if (round.stageOrDefault() != Stage.DECISION_MAKER || said == null || next.date() == null) {
            return;
        }
        List<String> arranged = arranged(said.toLowerCase(Locale.ROOT));
        if (arranged.isEmpty()) {
            return;
        }
        List<Step> booked = round.milestones().stream()
                .filter(step -> step.date() != null && Texts.clause(step.what()) != null)
                .filter(step -> names(step.what(), arranged)).toList();
        if (booked.size() != 1 || !booked.get(0).date().isBefore(next.date())) {
            return;
        }
        Step milestone = booked.get(0);
        advice.add(Advice.of(AdviceCode.NEXT_STEP_AFTER_PLAN, messages.get("next-step-after-plan",
                said, LetterDates.dayOfMonth(next.date(), today, messages.language()),
                Texts.clause(milestone.what()), LetterDates.dayOfMonth(milestone.date(), today,
                        messages.language())), next.what()));
    }

    /** The words that name what the step arranges, after its arranging word to the end of that clause. */
    private static List<String> arranged(String step) {
        List<MatchResult> words = WORD.matcher(step).results().toList();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).group();
            if (ARRANGING_WORDS.contains(word) || ARRANGING_STARTS.stream().anyMatch(word::startsWith)) {
                String rest = step.substring(words.get(i).end());
                var end = CLAUSE_END.matcher(rest);
                String clause = end.find() ? rest.substring(0, end.start()) : rest;
                return WORD.matcher(clause).results().map(MatchResult::group)
                        .filter(w -> w.length() >= SHORTEST && !FILLER.contains(w)).toList();
            }
        }
        return List.of();
    }

    private static boolean names(String milestone, List<String> arranged) {
        List<String> words = WORD.matcher(milestone.toLowerCase(Locale.ROOT)).results().map(MatchResult::group)
                .toList();
        return arranged.stream().allMatch(word -> words.stream().anyMatch(other -> sameWord(word, other)));
    }

    /**
     * One word in two inflections or parts of speech: "plan"/"planen", "presentasjonen"/"presentasjon",
     * "presentere"/"presentasjon", "present"/"presentation": one is the start of the other, or they share all but
     * the last three letters of the shorter, and at least five.
     */
    static boolean sameWord(String one, String other) {
        String shorter = one.length() <= other.length() ? one : other;
        String longer = shorter == one ? other : one;
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        return common == shorter.length() || common >= 5 && common >= shorter.length() - 3;
    }
}
