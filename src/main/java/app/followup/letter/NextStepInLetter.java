package app.followup.letter;

import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Step;
import app.followup.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The letter's next-step sentence: the candidate's own, or the employer's, said to whom it concerns. */
final class NextStepInLetter {
    private NextStepInLetter() {
    }

    /**
     * The next step, unless the plan already holds it word for word. A step of the candidate's that names one
     * addressee says "you" to them, and in a letter to several turns to them by name: "Jeg ringer Bjørn Are for å
     * …" → "Bjørn Are, jeg ringer deg … for å …".
     */
    static String of(Round round, List<Map<String, String>> plan, Audience audience,
                                   AddresseesToReader readers, NextStepSentence sentence,
                                   Function<Audience, NextStepSentence> turnedTo) {
        Step next = round.nextStep();
        if (next == null || Texts.clause(next.what()) == null) {
            return null;
        }
        String what = Texts.clause(next.what()).toLowerCase(Locale.ROOT);
        boolean inPlan = round.milestones().stream().map(m -> Texts.clause(m.what()))
                .anyMatch(m -> m != null && m.toLowerCase(Locale.ROOT).equals(what));
        if (inPlan && !plan.isEmpty()) {
            return null;
        }
        if (!next.isMine()) {
            return employersStep(next, audience, sentence, turnedTo);
        }
        Participant named = audience.addresseeMentionedIn(next.what());
        if (named == null) {
            return sentence.of(next);
        }
        return turnedTo.apply(audience.turningTo(named)).of(next.withWhat(readers.apply(next.what(), named)));
    }

    /**
     * The employer's step: an addressee who owns it is spoken to, by name in a letter to several ("Anne-Lise, som
     * avtalt sender du …"), anyone else named ("Kirsty will send dates …").
     */
    private static String employersStep(Step next, Audience audience, NextStepSentence sentence,
                                        Function<Audience, NextStepSentence> turnedTo) {
        Language language = audience.language();
        Step worded = EmployersStep.worded(next, audience, language);
        String who = Texts.clause(next.who());
        Participant owner = who == null ? null : audience.addresseeNamedIn(who);
        if (owner == null || !audience.isPlural()) {
            return sentence.of(worded);
        }
        String said = turnedTo.apply(audience.turningTo(owner)).of(worded);
        String name = audience.nameOf(owner);
        if (said == null || said.startsWith(name + ",")) {
            return said;
        }
        boolean keepsCapital = said.startsWith("I ") || said.startsWith("I'");
        return name + ", " + (keepsCapital ? said : said.substring(0, 1).toLowerCase(language.locale())
                + said.substring(1));
    }
}
