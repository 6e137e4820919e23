package app.followup.letter;

import java.util.Locale;
import java.util.Arrays;
import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decision-maker letter's one table: the milestones and the evidence promised with a date, in date order,
 * each with its owner named as a person ("meg", "Anders"). Evidence whose day already has a milestone is taken to
 * be that milestone, so one deliverable never carries two dates.
 */
final class ProgressPlan {
    private record Row(LocalDate date, String what, String who) {
    }

    private ProgressPlan() {
    }

    /** Evidence that the plan shows as a row of its own: undelivered, dated, on a day without a milestone. */
    static List<Evidence> evidenceRows(Round round) {
        List<LocalDate> milestoneDays = round.milestones().stream().map(Step::date).filter(Objects::nonNull).toList();
        return round.evidence().stream()
                .filter(e -> !e.isDelivered() && e.due() != null && !milestoneDays.contains(e.due()))
                .toList();
    }

    static List<Map<String, String>> rows(Round round, Audience audience, NoteText notes, Language language,
                                          LocalDate today, String employer, AddresseesToReader readers,
                                          String steps) {
        LetterWords words = new LetterWords(language);
        String decider = employerSide(round, audience);
        List<Row> rows = new ArrayList<>();
        for (Step milestone : round.milestones()) {
            String what = Texts.clause(milestone.what());
            if (what != null) {
                rows.add(new Row(milestone.date(), Texts.capitalise(
                        Apposition.withoutRepeatedTitle(readers.apply(what), steps), language.locale()),
                        milestone.isMine() ? words.get("me") : owner(milestone, audience, decider, employer, words)));
            }
        }
        for (Evidence evidence : evidenceRows(round)) {
            Deliverable deliverable = Deliverable.of(evidence, notes, words, language);
            rows.add(new Row(evidence.due(), deliverable.asMilestone(words, language.locale()), words.get("me")));
        }
        return rows.stream()
                .sorted(Comparator.comparing(Row::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(row -> Map.of(
                        "date", cell(Objects.requireNonNullElse(LetterDates.tableDate(row.date(), today, language), "")),
                        "what", cell(row.what()),
                        "who", cell(row.who())))
                .toList();
    }

    /**
     * A step the employer owns without a named owner: the decision belongs to the decision maker; anything else to
     * the employer, since naming a person there would be a guess.
     */
    private static String owner(Step milestone, Audience audience, String decider, String employer,
                                LetterWords words) {
        String who = Texts.clause(milestone.who());
        if (who != null) {
            Participant person = audience.participantNamedIn(who);
            return person == null ? who : Audience.nameOf(person);
        }
        String what = Objects.requireNonNullElse(Texts.clause(milestone.what()), "").toLowerCase(Locale.ROOT);
        boolean decision = Arrays.stream(words.get("decision.words").split(","))
                .anyMatch(word -> what.contains(word.strip()));
        return decision || employer == null ? decider : employer;
    }

    /** The decision maker as the plan names them: given name if met, else the name as noted. */
    private static String employerSide(Round round, Audience audience) {
        String decider = Texts.clause(round.decisionProcessOrEmpty().decisionMaker());
        Participant person = decider == null ? null : audience.participantNamedIn(decider);
        if (person != null) {
            return Audience.nameOf(person);
        }
        if (decider != null) {
            int comma = decider.indexOf(',');
            return comma < 0 ? decider : decider.substring(0, comma);
        }
        String names = audience.greetingNames();
        return names == null ? "" : names;
    }

    /** The table markup uses "|", so a cell may not. */
    private static String cell(String text) {
        return text.replace('|', '/');
    }
}
