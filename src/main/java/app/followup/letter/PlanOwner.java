package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who owns a plan step on the employer's side, named the same way in the letter's table and in the window's plan
 * table: the person the notes say owns it (the step's own "who", e.g. the interviewer who promised it), the
 * decision maker for the decision itself, and otherwise the company, since naming a person there would be a guess.
 * A person taken part is named by given name ("Lise"), as the rest of the letter names them.
 */
public final class PlanOwner {
    private PlanOwner() {
    }

    /** The owner's name, or null when the notes name neither a person for it nor the company. */
    public static String employerSide(Notes notes, Round round, Step step) {
        List<Participant> people = round.participants().stream().filter(Objects::nonNull).toList();
        String who = Texts.clause(step.who());
        if (who != null) {
            Participant person = Audience.findIn(people, who, notes.languageOrDefault());
            return person == null ? who : Audience.nameOf(person, notes.languageOrDefault());
        }
        if (isDecision(step, new LetterWords(notes.languageOrDefault()))) {
            String decider = decisionMaker(round, people, notes.languageOrDefault());
            if (decider != null) {
                return decider;
            }
        }
        return CompanyNames.shortName(Texts.clause(notes.employer().name()));
    }

    private static boolean isDecision(Step step, LetterWords words) {
        String what = Objects.requireNonNullElse(Texts.clause(step.what()), "").toLowerCase(Locale.ROOT);
        return Arrays.stream(words.get("decision.words").split(","))
                .anyMatch(word -> what.contains(word.strip()));
    }

    /** The decision maker as the plan names them: given name if met, else the name as noted, without the title. */
    private static String decisionMaker(Round round, List<Participant> people, Language language) {
        String decider = Texts.clause(round.decisionProcessOrEmpty().decisionMaker());
        if (decider == null) {
            return null;
        }
        Participant person = Audience.findIn(people, decider, language);
        if (person != null) {
            return Audience.nameOf(person, language);
        }
        int comma = decider.indexOf(',');
        return comma < 0 ? decider : decider.substring(0, comma);
    }
}
