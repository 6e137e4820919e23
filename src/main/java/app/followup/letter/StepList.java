package app.followup.letter;

import app.followup.model.Language;
import java.util.List;

/**
 * The decision steps in one English sentence. A step with a comma of its own ("a panel with Helen Stroud, your
 * Managing Director Healthcare, and the HR director") would run into its neighbours in a list joined with commas,
 * so then the steps are set apart with semicolons, as English does with a list of lists: "…; a bid presentation;
 * and psychometrics". Norwegian steps are joined as before.
 */
final class StepList {
    private StepList() {
    }

    static String joined(List<String> steps, LetterWords words, Language language) {
        boolean commaInside = steps.size() > 2 && steps.stream().anyMatch(step -> step.contains(", "));
        if (language != Language.EN || !commaInside) {
            return words.join(steps);
        }
        return String.join("; ", steps.subList(0, steps.size() - 1)) + "; " + words.get("and") + " "
                + steps.get(steps.size() - 1);
    }
}
