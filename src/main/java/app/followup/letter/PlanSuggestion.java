package app.followup.letter;

import java.util.regex.Matcher;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A first progress plan for the decision-maker letter, in the letter's language, from what the notes already say:
 * the evidence promised without a date (a few working days apart), the steps of the decision process still to
 * come, and the decision. Dated evidence is left out since the letter's plan shows it anyway; a step that names someone
 * the candidate met in this round by full name or surname (the decision maker in a decision-maker round) is left
 * out since that meeting has happened. The employer's steps come after the evidence and the agreed next step, and
 * the plan ends in the decision unless a step is the decision or offer itself. Working days only, and none in the
 * Christmas week.
 */
public final class PlanSuggestion {
    private static final int DAYS_TO_DELIVER = 2;
    private static final int DAYS_BETWEEN_STEPS = 3;
    private static final Pattern LABEL_SPLIT = Pattern.compile(",\\s+|\\s+[-–—]\\s+");
    private static final Pattern MINE = Pattern.compile("(?iu)(?<!\\p{L})(my|min|mitt|mine)(?!\\p{L})");

    private PlanSuggestion() {
    }

    public static List<Step> suggest(Notes notes, Round round, LocalDate today) {
        Language language = notes.languageOrDefault();
        Locale locale = language.locale();
        LetterWords words = new LetterWords(language);
        NoteText text = new NoteText(language, TemplateModel.properNames(notes, round));
        LocalDate start = round.date() == null || round.date().isBefore(today) ? today : round.date();
        List<Step> plan = new ArrayList<>();
        // one piece after another, not all on one day: each takes its own work
        LocalDate due = start;
        // a day a dated promise already takes is that promise's work
        List<LocalDate> promisedDays = round.evidence().stream().filter(e -> !e.isDelivered()).map(Evidence::due)
                .filter(Objects::nonNull).toList();
        for (Evidence evidence : round.evidence()) {
            if (!evidence.isDelivered() && evidence.due() == null) {
                due = workingDaysAfter(due, DAYS_TO_DELIVER);
                while (promisedDays.contains(due)) {
                    due = workingDaysAfter(due, 1);
                }
                Deliverable deliverable = Deliverable.of(evidence, text, words, language);
                // worded as the letter's table words a dated one: a written case sent, another prepared
                plan.add(Step.of(deliverable.asMilestone(words, locale), due, Owner.ME));
            }
        }
        // the employer's steps follow the evidence they wait for. The agreed next step is not a row: the letter says
        // it in a sentence of its own, and a plan row names a milestone, not the candidate's "I will call you"
        // and the agreed next step, the call that books the first of them
        LocalDate nextStep = round.nextStep() == null ? null : round.nextStep().date();
        LocalDate latest = Stream.concat(Stream.concat(plan.stream().map(Step::date),
                        round.evidence().stream().filter(e -> !e.isDelivered()).map(Evidence::due)),
                        Stream.ofNullable(nextStep))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(start);
        boolean decisionPlanned = false;
        // "Tom (PeopleFirst) runs references" as the letter says it: "Tom at PeopleFirst runs references"
        for (String step : AffiliationInBrackets.inRound(round, language).decisionProcessOrEmpty().steps()) {
            String what = Texts.clause(step);
            if (what == null || namesSomeoneMetIn(round, what)) {
                continue;
            }
            latest = workingDaysAfter(latest, DAYS_BETWEEN_STEPS);
            // a date typed in the step is the user's ("… helst innen fredag 18. desember"): the row keeps it
            LocalDate typed = TypedDueDate.firstIn(what, start);
            LocalDate date = typed == null ? latest : typed;
            latest = date.isAfter(latest) ? date : latest;
            boolean decision = isDecision(what, words);
            if (decision && (isDecidingVerb(what, words) || !namedIn(what, round, language).isEmpty())) {
                // "Ingrid bestemmer før jul …", "James signs off the offer" are the decision, said as the plan says
                // it (the row's owner names the person), on the day typed
                plan.add(Step.of(words.get("plan.decision"), date, Owner.EMPLOYER));
            } else {
                String shown = typed == null ? what : Objects.requireNonNullElse(TypedDueDate.without(what, typed),
                        what);
                // "referansesjekk, Marte tar referansene": the label is the milestone, the clause says whose
                shown = labelBeforeClause(shown);
                plan.add(owned(Step.of(Texts.capitalise(shown, locale), date, Owner.EMPLOYER), what, round,
                        words, language));
            }
            decisionPlanned |= decision;
        }
        if (!decisionPlanned) {
            plan.add(Step.of(words.get("plan.decision"), workingDaysAfter(latest, DAYS_BETWEEN_STEPS),
                    Owner.EMPLOYER));
        }
        plan.sort(Comparator.comparing(Step::date));
        return plan;
    }

    /**
     * Whether a suggested milestone's day is one the notes give, a date typed in a decision step ("Ingrid bestemmer
     * seg innen 18. desember"), rather than one the suggestion proposes: testers could not tell the two apart and
     * sent dates for the recruiter that nobody had agreed. Every other row's day is proposed, also one that falls on
     * a promised day or the next step's (undated evidence put on the day of the call read as agreed).
     */
    public static boolean dayFromTheNotes(LocalDate day, Round round) {
        LocalDate around = day == null || round.date() == null ? day : round.date();
        return day != null && round.decisionProcessOrEmpty().steps().stream()
                .anyMatch(step -> step != null && day.equals(DatesInText.firstIn(step, around)));
    }

    /**
     * A short lowercase label before a comma or a dash and a clause of its own ("referansesjekk, Marte tar
     * referansene", "references - Tom at PeopleFirst takes them"): the label alone; else the step.
     */
    private static String labelBeforeClause(String step) {
        Matcher split = LABEL_SPLIT.matcher(step);
        if (!split.find()) {
            return step;
        }
        String label = step.substring(0, split.start());
        String rest = step.substring(split.end());
        if (split.find()) {
            return step;
        }
        boolean bareLabel = label.split(" ").length <= 2 && label.equals(label.toLowerCase(Locale.ROOT));
        boolean clause = rest.split(" ").length >= 2 && Character.isUpperCase(rest.codePointAt(0));
        return bareLabel && clause ? label : step;
    }

    /**
     * Who a step of the employer's process belongs to. The candidate's own work: "presentation of my 90-day plan",
     * "present a 30-60-90 day plan to Rachel and James" (the candidate presents). Else the one person it names who
     * took part: "Reference checks via Tom" is the recruiter's. Else the employer. Testers found both owned by the
     * company in the suggested plan.
     */
    private static Step owned(Step step, String what, Round round, LetterWords words, Language language) {
        if (MINE.matcher(what).find() || words.pattern("plan.presenting.pattern").matcher(what).find()) {
            return step.withOwner(Owner.ME);
        }
        List<Participant> named = namedIn(what, round, language);
        if (named.isEmpty()) {
            // "Rachel's recommendation", "Hans Petters anbefaling": the step of the one it opens with, not the
            // company's (a British tester's reworded step sent "Rachel's recommendation (Brightwave Logistics)")
            return round.participants().stream().filter(p -> p != null && p.name() != null && !p.name().isBlank())
                    .filter(p -> opensWithPossessive(what, p, language)).findFirst()
                    .map(p -> step.withWho(p.name().strip())).orElse(step);
        }
        if (named.size() != 1) {
            return step;
        }
        Participant owner = named.get(0);
        String decider = round.decisionProcessOrEmpty().decisionMaker();
        return step.withWho(owner.name().strip())
                .withWhat(OwnerAsSubject.asMilestone(withoutAgent(step.what(), owner, language), owner, language,
                        decider == null || decider.isBlank() ? null : GivenNames.fromFullName(decider, language)));
    }

    /**
     * "Reference checks by Tom" with Tom in the Who column said Tom twice (a British tester): the agent goes, the
     * column names them. "Meeting with Tom" keeps its Tom, who is what the row is about.
     */
    private static String withoutAgent(String milestone, Participant owner, Language language) {
        String result = Affiliation.withoutAgent(milestone, GivenNames.withoutTitle(owner.name()));
        return Affiliation.withoutAgent(result, GivenNames.fromFullName(owner.name(), language));
    }

    private static boolean opensWithPossessive(String what, Participant person, Language language) {
        for (String name : new String[] {GivenNames.withoutTitle(person.name()),
                GivenNames.fromFullName(person.name(), language)}) {
            if (name != null && !name.isBlank() && NameMention.compiled("(?U)^" + Pattern.quote(name)
                    + "(?:['\u2019]s|s)\\s").matcher(what.strip()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The people who took part whom the step names, by full or given name. */
    private static List<Participant> namedIn(String what, Round round, Language language) {
        return round.participants().stream().filter(p -> p != null && p.name() != null && !p.name().isBlank())
                .filter(p -> namedIn(what, p, language)).toList();
    }

    private static boolean namedIn(String what, Participant person, Language language) {
        String full = GivenNames.withoutTitle(person.name());
        String given = GivenNames.fromFullName(person.name(), language);
        return full != null && NameMention.notPossessive(full).matcher(what).find()
                || given != null && NameMention.notPossessive(given).matcher(what).find();
    }

    /** "Ingrid bestemmer …", "James decides …": the decision said with a verb, not named as a milestone. */
    private static boolean isDecidingVerb(String what, LetterWords words) {
        return words.pattern("decision.verb.pattern").matcher(what).find();
    }

    private static boolean namesSomeoneMetIn(Round round, String step) {
        String lower = step.toLowerCase(Locale.ROOT);
        for (Participant participant : round.participants()) {
            if (participant == null || participant.name() == null || participant.name().isBlank()) {
                continue;
            }
            String name = participant.name().toLowerCase(Locale.ROOT);
            String surname = name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
            if (lower.contains(name) || NameMention.asWord(surname).matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decision or the offer itself ("Decision and offer", "Tilbud"). Not "board sign-off" or "godkjenning i
     * styret": an approval is a step before the decision, so the plan still ends in the decision after it.
     */
    private static boolean isDecision(String what, LetterWords words) {
        return words.pattern("decision.step.pattern").matcher(what).find();
    }

    /**
     * 24 December to 1 January: public holidays in Norway and the UK, and the days between them, when nobody
     * decides on a hire. A suggested decision on Christmas Day reads as if nobody looked at the calendar.
     */
    private static boolean isChristmas(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() >= 24
                || date.getMonthValue() == 1 && date.getDayOfMonth() == 1;
    }

    static LocalDate workingDaysAfter(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !isChristmas(date)) {
                left--;
            }
        }
        return date;
    }
}
