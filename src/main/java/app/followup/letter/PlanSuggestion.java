package app.followup.letter;

import java.util.regex.Pattern;
import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A first progress plan for the decision-maker letter, in the letter's language, from what the notes already say:
 * the evidence promised without a date, the agreed next step, the steps of the decision process still to come,
 * and the decision. Dated evidence is left out since the letter's plan shows it anyway; a step that names someone
 * the candidate met in this round by full name or surname (the decision maker in a decision-maker round) is left
 * out since that meeting has happened. Working days only.
 */
public final class PlanSuggestion {
    private static final int DAYS_TO_DELIVER = 2;
    private static final int DAYS_BETWEEN_STEPS = 3;

    private PlanSuggestion() {
    }

    public static List<Step> suggest(Notes notes, Round round, LocalDate today) {
        Language language = notes.languageOrDefault();
        Locale locale = language.locale();
        LetterWords words = new LetterWords(language);
        NoteText text = new NoteText(language, TemplateModel.properNames(notes, round));
        LocalDate start = round.date() == null || round.date().isBefore(today) ? today : round.date();
        List<Step> plan = new ArrayList<>();
        for (Evidence evidence : round.evidence()) {
            if (!evidence.isDelivered() && evidence.due() == null) {
                plan.add(Step.of(Deliverable.of(evidence, text, words, language).asMilestone(words, locale),
                        workingDaysAfter(start, DAYS_TO_DELIVER), Owner.ME));
            }
        }
        // the employer's steps follow the evidence they wait for; the agreed next step keeps its own date
        LocalDate latest = Stream.concat(plan.stream().map(Step::date),
                        round.evidence().stream().filter(e -> !e.isDelivered()).map(Evidence::due))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(start);
        Step next = round.nextStep();
        if (next != null && next.date() != null && Texts.clause(next.what()) != null) {
            plan.add(next.withWhat(Texts.capitalise(Texts.clause(next.what()), locale)).withId(null));
        }
        boolean decisionPlanned = false;
        for (String step : round.decisionProcessOrEmpty().steps()) {
            String what = Texts.clause(step);
            if (what == null || namesSomeoneMetIn(round, what)) {
                continue;
            }
            latest = workingDaysAfter(latest, DAYS_BETWEEN_STEPS);
            plan.add(Step.of(Texts.capitalise(what, locale), latest, Owner.EMPLOYER));
            decisionPlanned |= isDecision(what, words);
        }
        if (!decisionPlanned) {
            plan.add(Step.of(words.get("plan.decision"), workingDaysAfter(latest, DAYS_BETWEEN_STEPS),
                    Owner.EMPLOYER));
        }
        plan.sort(Comparator.comparing(Step::date));
        return plan;
    }

    private static boolean namesSomeoneMetIn(Round round, String step) {
        String lower = step.toLowerCase(Locale.ROOT);
        for (Participant participant : round.participants()) {
            if (participant == null || participant.name() == null || participant.name().isBlank()) {
                continue;
            }
            String name = participant.name().toLowerCase(Locale.ROOT);
            String surname = name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
            if (lower.contains(name) || lower.matches(".*\\b" + Pattern.quote(surname) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDecision(String what, LetterWords words) {
        String lower = what.toLowerCase(Locale.ROOT);
        return Arrays.stream(words.get("decision.words").split(",")).anyMatch(word -> lower.contains(word.strip()));
    }

    static LocalDate workingDaysAfter(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
