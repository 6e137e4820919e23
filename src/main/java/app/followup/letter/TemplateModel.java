package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The values a letter template sees (listed in docs/templates.md). The template holds the wording; what depends
 * on the notes' grammar is finished here: du or dere, given names, lists joined with "og", a note read as a
 * clause or as a phrase, each date right after its verb. An empty field gives an empty value, so the template's
 * section for it disappears.
 */
final class TemplateModel {
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,]+");
    /** The values that tell the employer's own situation: its challenge, the causes and the consequences. */
    private static final List<String> COMPANY_PARTS = List.of("challengeSentence", "challengePhrase",
            "challengeSubordinate", "causesList", "consequencesList", "consequencesDone", "consequencesOwn");

    private TemplateModel() {
    }

    static Map<String, Object> of(Notes notes, Round round, Addressing addressing, LocalDate today) {
        Language language = notes.languageOrDefault();
        LetterWords words = new LetterWords(language);
        Audience audience = new Audience(addressing, round.participants(), language);
        NoteText text = new NoteText(language, properNames(notes, round));
        boolean decisionStage = round.stageOrDefault() == Stage.DECISION_MAKER;
        Map<String, Object> model = new HashMap<>();

        model.put("position", position(notes.position(), language));
        model.put("employer", Texts.inline(notes.employer().name()));
        model.put("employerShort", CompanyNames.shortName(Texts.clause(notes.employer().name())));
        model.put("greetingNames", audience.greetingNames());
        model.put("you", audience.you());
        model.put("You", Texts.capitalise(audience.you(), language.locale()));
        model.put("youObject", audience.youObject());
        model.put("plural", audience.isPlural());
        model.put("subjectDate", LetterDates.dayOfMonth(round.date(), today, language));
        model.put("interviewWhen", when(round.date(), today, language, words));
        model.put("decisionMakerStage", decisionStage);

        // the interviewer's own words about the company, said back to them: "Vi taper …" → "Dere taper …", and
        // about the addressees: "Sara og Ole Kristian selger selv" → "du og Ole Kristian selger selv"
        EmployerWordsToReader theirs = new EmployerWordsToReader(language);
        AddresseesToReader readers = new AddresseesToReader(audience, language, text);
        // and the company spoken of as "de"/"they": "og de mister volumer" → "og dere mister volumer"
        EmployerAsTheyToReader they = new EmployerAsTheyToReader(text, words, language);
        // and quoted under their name: `Gary said "…"` → `you said "…"`
        QuoteFromReader quoted = new QuoteFromReader(audience, language);
        // and a hurried bokmål line without its verb or subject as the sentence it stands for
        NorwegianFragments fragments = language == Language.NB ? new NorwegianFragments(text, words) : null;
        String challenge = they.apply(readers.applyInNote(quoted.said(theirs.apply(round.challenge()))));
        putFlat(model, "challenge", challenge(fragments == null ? challenge : fragments.challenge(challenge), text,
                new TrendFragment(words)));
        putFlat(model, "causes", Reasons.causes(round.causes().stream().map(theirs::apply).map(quoted::said)
                .map(readers::applyInNote)
                .flatMap(cause -> fragments == null ? Stream.of(cause) : fragments.causes(cause).stream())
                .toList(), text, words, language));
        putFlat(model, "consequences", Reasons.consequences(round.consequences().stream().map(theirs::apply)
                .map(quoted::asSaid).map(readers::applyInNote)
                .map(c -> fragments == null ? c : fragments.consequence(c))
                .toList(), text, words, language));
        putFlat(model, "vision", vision(EnglishTitleCase.restored(theirs.apply(round.hiringVision()),
                notes.position(), language), text,
                new VisionNote(words, audience, language.locale(), text)));
        model.put("agreedToContinue", Boolean.TRUE.equals(round.agreedToContinue()));
        // to a recruiter, the company's situation is the company's, by name: "Medivia Nordic har for få …"
        EmployerByName byName = EmployerByName.of(notes.employer().name(), audience.addressees(), language);
        if (byName != null) {
            COMPANY_PARTS.forEach(key -> model.computeIfPresent(key, (k, v) -> v instanceof String s
                    ? byName.apply(s) : v));
        }

        Decider noted = Decider.of(round, audience, language);
        NorwegianArticle nbArticle = language == Language.NB ? new NorwegianArticle(words) : null;
        // the decision-maker letter says the steps to the decider it turns to: "David, you make …, after a final
        // interview with you and Helen Marsh"
        Participant spokenTo = decisionStage && noted != null && noted.you()
                ? audience.addressees().stream().filter(p -> Objects.equals(audience.nameOf(p), noted.vocative()))
                        .findFirst().orElse(null) : null;
        StepsAfterDecision clauseSteps = language == Language.NB ? new StepsAfterDecision(words) : null;
        List<String> steps = new ArrayList<>(round.decisionProcessOrEmpty().steps().stream().map(theirs::apply)
                .map(text::inner).map(step -> clauseSteps == null || step == null ? EnglishStepBy.mended(step)
                        : clauseSteps.mended(step))
                .map(step -> SentenceStep.asStep(step, language))
                .map(step -> spokenTo == null ? readers.applyInSentence(step) : readers.apply(step, spokenTo))
                .filter(Objects::nonNull)
                .map(step -> ReaderInStep.inSentence(step, words, language.locale()))
                // the decision is what the steps lead to, never one of the steps it comes after
                .filter(step -> !decisionStage || !isTheDecision(step, words))
                .map(step -> language == Language.EN ? EnglishArticle.withArticle(step) : nbArticle.withArticle(step))
                .toList());
        Decider decider = noted;
        boolean deciderInSteps = !decisionStage && decider != null && introducedInLastStep(steps, decider);
        if (deciderInSteps) {
            String last = steps.remove(steps.size() - 1);
            steps.add(last + ", " + decider.title());
        } else if (!decisionStage && decider != null) {
            // met first in an earlier step: introduced there, by given name after ("Andrew makes the final decision")
            decider = DeciderInSteps.introduce(steps, decider, language);
        }
        model.put("steps", StepList.joined(steps, words, language));
        model.put("stepsAfter", clauseSteps == null ? model.get("steps")
                : clauseSteps.said(steps, (String) model.get("steps")));
        // a title put after the last step ("…, administrerende direktør, som tar …") is no clause's to carry
        model.put("stepsThat", clauseSteps == null || deciderInSteps ? model.get("steps")
                : clauseSteps.asComplement(steps, (String) model.get("steps")));
        model.put("deciderInSteps", deciderInSteps);
        putFlat(model, "decider", decider == null ? null : deciderValues(decider));

        List<Map<String, String>> plan = decisionStage ? ProgressPlan.rows(notes, round, text, language, today,
                readers, (String) model.get("steps"))
                : List.of();
        model.put("plan", plan);
        model.put("hasPlan", !plan.isEmpty());
        List<Evidence> promised = decisionStage ? PromisedInWords.notInPlan(round, text, language) : round.evidence();
        // "role play cold call with Sarah Jane" to Sarah Jane is "with you"; in a letter to several, the addressee
        // the sentence before turned to by name ("Tor Arne, jeg forstod det slik at det er du …") is "deg" too
        Participant turnedTo = !decisionStage && !deciderInSteps ? PromisesTurnedTo.addressee(noted, audience) : null;
        // the letter ends on the next step, the candidate's own (method.md), as letter-style.md's examples do:
        // promises dated after it still come before it
        model.put("promises", Promises.sentences(promised.stream()
                .map(e -> e.withDetail(PromisesTurnedTo.said(e.detail(), turnedTo, audience, readers))).toList(),
                today, text, language));
        List<LocalDate> promisedDates = promised.stream().filter(e -> !e.isDelivered()).map(Evidence::due)
                .filter(Objects::nonNull).toList();
        model.put("nextStep", NextStepInLetter.of(round, plan, audience, readers,
                new NextStepSentence(language, text, audience, today, promisedDates),
                spoken -> new NextStepSentence(language, text, spoken, today, promisedDates)));

        model.put("hasSummary", summaryParts(model) >= 2);
        model.put("candidateName", Texts.inline(notes.candidate().name()));
        model.put("signature", Signature.of(notes.candidate()));
        return model;
    }

    /**
     * A part of the letter as flat values, which any template can use without nested sections: "causes" gives
     * {@code hasCauses}, {@code causesList}, {@code causesClauses} …
     */
    private static void putFlat(Map<String, Object> model, String part, Map<String, Object> values) {
        model.put("has" + Character.toUpperCase(part.charAt(0)) + part.substring(1), values != null);
        if (values != null) {
            values.forEach((key, value) -> model.put(part + Character.toUpperCase(key.charAt(0)) + key.substring(1),
                    value));
        }
    }

    private static Map<String, Object> deciderValues(Decider decider) {
        Map<String, Object> values = new HashMap<>();
        values.put("you", decider.you());
        values.put("vocative", decider.vocative());
        values.put("name", decider.name());
        values.put("title", decider.title());
        return values;
    }

    /** "endelig beslutning og tilbud", "final decision and offer": a step that is the decision or the offer itself. */
    private static boolean isTheDecision(String step, LetterWords words) {
        return words.pattern("decision.step.pattern").matcher(step).find();
    }

    /**
     * Someone not yet met is named in full with their title the first time: when the last step is a meeting with
     * the decision maker ("et intervju med Trond Vikre"), the title and the decision follow there.
     */
    private static boolean introducedInLastStep(List<String> steps, Decider decider) {
        return !steps.isEmpty() && decider.title() != null && !decider.you()
                && steps.get(steps.size() - 1).endsWith(decider.name());
    }

    /** A title inside a Norwegian sentence is a common noun ("administrerende direktør"); acronyms stay. */
    static String titleInText(String title, Language language) {
        return position(title, language);
    }

    /**
     * Norwegian job titles are common nouns in running text; see {@link JobTitleCase}. A title typed in capitals
     * is first put in ordinary case ({@link TypedInCapitals}).
     */
    private static String position(String position, Language language) {
        String clean = Texts.clause(position);
        if (clean != null) {
            clean = TypedInCapitals.normal(clean, language, Set.of());
        }
        return clean == null || language != Language.NB ? clean : JobTitleCase.inNorwegianText(clean);
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
        if (date.isBefore(today) && date.plusDays(7).isAfter(today)) {
            return words.get("on.date").replace("{date}", words.item("weekdays", date.getDayOfWeek().getValue() - 1));
        }
        return words.get("on.date").replace("{date}", LetterDates.dayAndDate(date, today, language));
    }

    /**
     * The challenge: as its own sentence when it is a clause ("Partnerkanalen vokser ikke …"), and as the
     * complement of "the biggest challenge is" otherwise, or when nothing else explains it.
     */
    private static Map<String, Object> challenge(String noteChallenge, NoteText text, TrendFragment trends) {
        String noted = Texts.clause(noteChallenge);
        if (noted == null) {
            return null;
        }
        // "churn up" is "rising churn", a phrase that fits the frame
        String trend = trends.asNounPhrase(text.inner(noted));
        noted = trend.equals(text.inner(noted)) ? noted : trend;
        boolean clause = !text.isPhrase(noted);
        Map<String, Object> challenge = new HashMap<>();
        challenge.put("clause", clause);
        challenge.put("sentence", text.sentence(noted));
        challenge.put("phrase", text.inner(noted));
        challenge.put("subordinate", clause ? text.order().subordinate(noted) : null);
        return challenge;
    }

    /**
     * The hiring vision with the candidate inside it: "Du så for deg en KAM som …" or "… at …"; what someone said
     * comes first as a sentence of its own ("said"), and with nothing else noted it is the whole vision.
     */
    private static Map<String, Object> vision(String hiringVision, NoteText text, VisionNote reading) {
        Map<String, String> parts = reading.read(hiringVision);
        if (parts.isEmpty()) {
            return null;
        }
        Map<String, Object> vision = new HashMap<>();
        vision.put("said", parts.get("said"));
        // who pictured it: one of several addressees by name, someone not addressed, or else the letter's "you"
        vision.put("vocative", parts.get("vocative"));
        vision.put("holder", parts.get("holder"));
        vision.put("toAll", parts.get("vocative") == null && parts.get("holder") == null);
        String noted = parts.get("vision");
        if (noted != null) {
            // "en head of sales som eier …" is the person pictured, whatever an English word in it looks like
            boolean clause = text.isClause(noted) && !text.opensWithArticle(noted);
            vision.put("clause", clause);
            vision.put("text", clause ? text.order().subordinate(noted) : text.inner(noted));
        }
        return vision;
    }

    private static int summaryParts(Map<String, Object> model) {
        int parts = 0;
        for (String key : List.of("hasChallenge", "hasCauses", "hasConsequences", "hasVision", "steps", "hasDecider",
                "promises", "nextStep")) {
            Object value = model.get(key);
            parts += value == null || Boolean.FALSE.equals(value) ? 0 : 1;
        }
        return parts + (Boolean.TRUE.equals(model.get("hasPlan")) ? 1 : 0);
    }

    /** Words that keep their capital inside a sentence: the names of people and companies in the notes. */
    static Set<String> properNames(Notes notes, Round round) {
        Set<String> names = new HashSet<>();
        List<String> sources = new ArrayList<>();
        sources.add(notes.candidate().name());
        sources.add(notes.employer().name());
        sources.add(round.decisionProcessOrEmpty().decisionMaker());
        for (Participant participant : round.participants()) {
            if (participant != null) {
                sources.add(participant.name());
                sources.add(participant.greetingName());
                sources.add(participant.organisation());
            }
        }
        for (String source : sources) {
            String clean = Texts.inline(source);
            if (clean != null) {
                for (String word : NAME_SEPARATORS.split(clean)) {
                    names.add(word);
                }
            }
        }
        names.addAll(CapitalisedInNotes.of(notes, round));
        names.addAll(DeliberateCapitals.of(notes, round));
        return names;
    }
}
