package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Notes;
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
 * each with its owner named as {@link PlanOwner} names them ("meg", "Lise", "Nordlys"). Evidence a milestone already
 * holds ({@link EvidenceInMilestones}) is not a row again, so one deliverable never carries two dates.
 */
final class ProgressPlan {
    /** The one who does a step for the employer, at the milestone's end: "via Tom", "gjennom Rekruttpartner". */
    private record Row(LocalDate date, String what, String who) {
    }

    private ProgressPlan() {
    }

    /** Evidence that the plan shows as a row of its own: undelivered, dated, and held by no milestone. */
    static List<Evidence> evidenceRows(Round round, NoteText text, Language language) {
        return new EvidenceInMilestones(round, text, language).notHeld(round.evidence().stream()
                .filter(e -> !e.isDelivered() && e.due() != null).toList());
    }

    static List<Map<String, String>> rows(Notes notesFile, Round round, NoteText notes, Language language,
                                          LocalDate today, AddresseesToReader readers, String steps) {
        LetterWords words = new LetterWords(language);
        List<Row> rows = new ArrayList<>();
        for (Step milestone : round.milestones()) {
            String what = SentenceStep.asMilestone(Texts.clause(milestone.what()), language);
            if (what != null) {
                String who = milestone.isMine() ? words.get("me") : owner(notesFile, round, milestone, words);
                rows.add(new Row(milestone.date(), Texts.capitalise(withoutOwnerRepeated(
                        Apposition.withoutRepeatedTitle(readers.apply(what), steps), who), language.locale()), who));
            }
        }
        for (Evidence evidence : evidenceRows(round, notes, language)) {
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

    /** The employer's step as {@link PlanOwner} names it; without a name for anyone there, "you". */
    private static String owner(Notes notes, Round round, Step milestone, LetterWords words) {
        return Objects.requireNonNullElse(PlanOwner.employerSide(notes, round, milestone), words.get("you.plural"));
    }

    /** "Referansesjekk via Marte | Marte": the owner column names her, so the milestone need not say it again. */
    private static String withoutOwnerRepeated(String what, String who) {
        return Affiliation.withoutAgent(what, who);
    }

    /** The table markup uses "|", so a cell may not. */
    private static String cell(String text) {
        return text.replace('|', '/');
    }
}
