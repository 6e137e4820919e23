package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.model.Round;
import app.followup.model.Step;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The short letters for when the employer has gone quiet after a round: a nudge that refers to the last letter,
 * restates the agreed step and proposes a new one with a date the candidate owns; after two nudges, a letter
 * that closes the loop with a date by which the candidate closes the application. Both go to the round's
 * addressees only, from the templates {@code nb-nudge}, {@code en-nudge}, {@code nb-close-loop} and
 * {@code en-close-loop}.
 */
public final class NudgeComposer {

    /** Which of the two letters. */
    public enum Kind {
        NUDGE("nudge"),
        CLOSE_THE_LOOP("close-loop");

        private final String templateName;

        Kind(String templateName) {
            this.templateName = templateName;
        }

        public String templateFile(Language language) {
            return language.code() + "-" + templateName + ".mustache";
        }
    }

    private final TemplateLibrary templates;

    public NudgeComposer(TemplateLibrary templates) {
        this.templates = templates;
    }

    public static NudgeComposer standard() {
        return new NudgeComposer(TemplateLibrary.standard());
    }

    /**
     * The letter for the application's last round.
     *
     * @param proposed for a nudge, the day the candidate will call; for closing the loop, the day by which they
     *                 close the application unless they hear back
     */
    public Letter compose(Notes notes, Kind kind, LocalDate today, LocalDate proposed) {
        Round round = notes.lastRound();
        Language language = notes.languageOrDefault();
        Addressing addressing = Addressing.of(round.participants());
        String text = templates.named(kind.templateFile(language))
                .execute(model(notes, round, addressing, language, today, proposed));
        text = TermReplacer.of(round.terminology(), language.locale())
                .keeping(ProperNames.of(notes, round)).apply(LetterComposer.tidy(text));
        int endOfSubject = text.indexOf('\n');
        String subject = endOfSubject < 0 ? text : text.substring(0, endOfSubject);
        String body = endOfSubject < 0 ? "" : text.substring(endOfSubject + 1);
        String author = Objects.requireNonNullElse(Texts.inline(notes.candidate().name()), "");
        return new Letter(language, subject.strip(), BodyParser.parse(body), LetterComposer.senderLines(notes.candidate()),
                recipientLines(notes, addressing), LetterDates.longDate(today, language), author,
                addressing.to(), List.of(), false, List.of(), null);
    }

    private static Map<String, Object> model(Notes notes, Round round, Addressing addressing, Language language,
                                             LocalDate today, LocalDate proposed) {
        Map<String, Object> model = new HashMap<>();
        Audience audience = new Audience(addressing, round.participants(), language);
        model.put("greeting", audience.greetingNames());
        model.put("many", audience.isPlural());
        model.put("position", Texts.inline(notes.position()));
        String employer = Texts.inline(notes.employer().name());
        model.put("employer", employer == null ? null : CompanyNames.shortName(employer));
        model.put("interviewDate", LetterDates.dayAndDate(round.date(), today, language));
        LocalDate letterSent = round.letter() == null ? null : round.letter().sentOn();
        model.put("letterDate", LetterDates.dayAndDate(letterSent, today, language));
        Step next = round.nextStep();
        if (next != null && !next.isMine() && !Texts.isBlank(next.what())) {
            NoteText text = new NoteText(language, TemplateModel.properNames(notes, round));
            ReportedStep reported = ReportedStep.of(next, text, audience, language);
            model.put("agreedClause", reported.clause());
            model.put("agreedTopic", reported.topic());
            model.put("agreedHolder", reported.holder());
            // for templates copied from an earlier version, which quoted the step as typed
            model.put("agreedWhat", text.inner(next.what()));
            model.put("agreedDate", LetterDates.dayAndDate(next.date(), today, language));
        }
        List<LocalDate> nudges = round.nudges().stream().map(Nudge::sentOn).filter(Objects::nonNull).sorted()
                .toList();
        model.put("oneNudge", nudges.size() == 1);
        model.put("severalNudges", nudges.size() > 1);
        model.put("nudgeDates", nudges.size() == 1 ? LetterDates.dayAndDate(nudges.get(0), today, language)
                : DateList.compact(nudges, today, language));
        model.put("lastNudgeDate", nudges.isEmpty() ? null
                : LetterDates.dayAndDate(nudges.get(nudges.size() - 1), today, language));
        model.put("proposedDate", LetterDates.dayAndDate(proposed, today, language));
        model.put("candidateName", Texts.inline(notes.candidate().name()));
        model.put("candidatePhone", Texts.inline(notes.candidate().phone()));
        return model;
    }

    private static List<String> recipientLines(Notes notes, Addressing addressing) {
        List<String> lines = new ArrayList<>();
        addressing.addressees().forEach(addressee -> addIfPresent(lines, addressee.name()));
        addIfPresent(lines, notes.employer().name());
        return lines;
    }

    private static void addIfPresent(List<String> lines, String text) {
        String clean = Texts.inline(text);
        if (clean != null) {
            lines.add(clean);
        }
    }
}
