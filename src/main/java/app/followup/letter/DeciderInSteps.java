package app.followup.letter;

import app.followup.model.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision maker not yet met whom the steps already name ("a second interview with you and Andrew Lister",
 * "case-intervju med deg og Camilla") is introduced there, in full with the title, the first time the letter names
 * them: "… with you and Andrew Lister, your Managing Director, …". The decider sentence after it then names them by
 * given name only ("Andrew makes the final decision"), since the full name twice reads like a form.
 */
final class DeciderInSteps {
    private DeciderInSteps() {
    }

    /**
     * Puts the name and title into the first step that names the decider (changing {@code steps}) and gives the
     * decider as the sentence after it names them; the decider as it was when no step names them.
     */
    static Decider introduce(List<String> steps, Decider decider, Language language) {
        if (decider.you() || decider.title() == null || decider.name() == null) {
            return decider;
        }
        String given = GivenNames.fromFullName(decider.name(), language);
        for (int i = 0; i < steps.size(); i++) {
            for (String name : given == null ? List.of(decider.name()) : List.of(decider.name(), given)) {
                Matcher matcher = NameMention.notPossessive(name).matcher(steps.get(i));
                if (matcher.find()) {
                    String step = steps.get(i);
                    boolean endsStep = matcher.end() == step.length();
                    // an apposition inside a list is closed by a comma, or the title runs into what follows;
                    // the list's own comma closes it before a later item, except before the last one's "og"/"and"
                    boolean closed = endsStep && i != steps.size() - 2;
                    String title = new LetterWords(language).get("decider.apposition").replace("{title}", decider.title());
                    String introduced = decider.name() + ", " + title + (closed ? "" : ",");
                    steps.set(i, step.substring(0, matcher.start()) + introduced + step.substring(matcher.end()));
                    return new Decider(false, null, given == null ? decider.name() : given, null);
                }
            }
        }
        return decider;
    }
}
