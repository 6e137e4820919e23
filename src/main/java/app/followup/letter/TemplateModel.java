package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The values a letter template sees (listed in docs/templates.md). Every text is cleaned to one line; an empty
 * field becomes an empty value, so the template's section for it disappears.
 */
final class TemplateModel {
    private TemplateModel() {
    }

    static Map<String, Object> of(Notes notes, Round round, Addressing addressing, LocalDate today) {
        Language language = notes.languageOrDefault();
        Locale locale = language.locale();
        LetterWords words = new LetterWords(language);
        Map<String, Object> model = new HashMap<>();

        model.put("position", Texts.clause(notes.position()));
        model.put("employer", Texts.clause(notes.employer().name()));
        model.put("greetingNames", words.joinNames(addressing.greetingNames()));
        model.put("interviewDate", LetterDates.longDate(round.date(), language));
        model.put("interviewWhen", when(round.date(), today, language, words));
        model.put("decisionMakerStage", round.stageOrDefault() == Stage.DECISION_MAKER);

        model.put("challenge", Texts.sentence(round.challenge(), locale));
        putList(model, "causes", clauses(round.causes()));
        putList(model, "consequences", clauses(round.consequences()));
        model.put("hiringVision", Texts.sentence(round.hiringVision(), locale));
        model.put("agreedToContinue", Boolean.TRUE.equals(round.agreedToContinue()));

        model.put("decisionMaker", apposition(Texts.clause(round.decisionProcessOrEmpty().decisionMaker())));
        putList(model, "decisionSteps", clauses(round.decisionProcessOrEmpty().steps()));
        putList(model, "evidence", evidence(round.evidence(), words));

        Step next = round.nextStep();
        String nextWhat = next == null ? null : Texts.clause(next.what());
        model.put("hasNextStep", nextWhat != null);
        model.put("nextStepWhat", nextWhat);
        model.put("nextStepDate", next == null ? null : LetterDates.dayAndDate(next.date(), round.date(), language));
        model.put("nextStepMine", nextWhat != null && next.owner() != Owner.EMPLOYER);
        model.put("nextStepEmployer", nextWhat != null && next.owner() == Owner.EMPLOYER);
        model.put("evidenceDue", LetterDates.dayAndDate(evidenceDue(round), round.date(), language));

        putList(model, "plan", plan(notes, round, language, words));

        model.put("candidateName", Texts.inline(notes.candidate().name()));
        model.put("candidatePhone", Texts.inline(notes.candidate().phone()));
        model.put("candidateEmail", Texts.inline(notes.candidate().email()));
        return model;
    }

    /** "Lise Moe, administrerende direktør" needs a closing comma before the sentence goes on. */
    private static String apposition(String name) {
        return name != null && name.contains(",") && !name.endsWith(",") ? name + "," : name;
    }

    private static String when(LocalDate date, LocalDate today, Language language, LetterWords words) {
        if (date == null) {
            return null;
        }
        if (date.equals(today)) {
            return words.get("today");
        }
        if (date.plusDays(1).equals(today)) {
            return words.get("yesterday");
        }
        return LetterDates.dayAndDate(date, today, language);
    }

    /** Evidence goes out before the next step, or by the first milestone the candidate owns if that is sooner. */
    private static LocalDate evidenceDue(Round round) {
        List<Step> candidates = new ArrayList<>(round.milestones().stream()
                .filter(step -> step.owner() != Owner.EMPLOYER).toList());
        if (round.nextStep() != null) {
            candidates.add(round.nextStep());
        }
        return candidates.stream()
                .map(Step::date)
                .filter(date -> date != null && round.date() != null && date.isAfter(round.date()))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static void putList(Map<String, Object> model, String name, List<?> items) {
        String has = "has" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        model.put(name, items);
        model.put(has, !items.isEmpty());
    }

    private static List<String> clauses(List<String> texts) {
        return texts.stream().map(Texts::clause).filter(Objects::nonNull).toList();
    }

    private static List<String> evidence(List<Evidence> evidence, LetterWords words) {
        List<String> lines = new ArrayList<>();
        for (Evidence item : evidence) {
            String detail = Texts.clause(item.detail());
            EvidenceKind kind = item.kind();
            if (detail == null && (kind == null || kind == EvidenceKind.OTHER)) {
                continue;
            }
            if (kind == null || kind == EvidenceKind.OTHER) {
                lines.add(detail);
            } else {
                String label = words.get("evidence." + kind.code());
                lines.add(detail == null ? label : label + ": " + detail);
            }
        }
        return lines;
    }

    /** The progress plan's rows, in date order; cells may not contain the table markup's "|". */
    private static List<Map<String, String>> plan(Notes notes, Round round, Language language, LetterWords words) {
        if (round.stageOrDefault() != Stage.DECISION_MAKER) {
            return List.of();
        }
        String me = Objects.requireNonNullElse(Texts.inline(notes.candidate().name()), words.get("owner.me"));
        String employer = Objects.requireNonNullElse(Texts.inline(notes.employer().name()),
                words.get("owner.employer"));
        return round.milestones().stream()
                .filter(step -> Texts.clause(step.what()) != null)
                .sorted(Comparator.comparing(Step::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(step -> Map.of(
                        "date", cell(Objects.requireNonNullElse(LetterDates.longDate(step.date(), language), "")),
                        "what", cell(Texts.clause(step.what())),
                        "owner", cell(step.owner() == Owner.EMPLOYER ? employer : me)))
                .toList();
    }

    private static String cell(String text) {
        return text.replace('|', '/');
    }
}
