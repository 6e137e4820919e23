package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Step;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's agreed step as the user types it in English, put as a promise of theirs: a note's "Kirsty to
 * send dates" or "Jess sends the brief" is said "Kirsty will send dates", "Jess will send the brief", since the
 * step lies ahead. A subject that is not someone from the round, or a step typed as a label, is left alone.
 */
final class EmployersStep {
    /** One to three capitalised words, then the rest: "Kirsty to send …", "Anne-Lise sends …". */
    private static final Pattern NAMED_SUBJECT = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2}) (\\p{Ll}[\\p{L}']*)(.*)$");
    private static final Set<String> NOT_VERBS = Set.of("is", "has", "was", "does", "this", "plus", "bus", "yes");

    private EmployersStep() {
    }

    static Step worded(Step step, Audience audience, Language language) {
        String what = Texts.clause(step.what());
        if (language != Language.EN || what == null) {
            return step;
        }
        Matcher matcher = NAMED_SUBJECT.matcher(what);
        if (!matcher.matches() || audience.participantNamedIn(matcher.group(1)) == null) {
            return step;
        }
        String subject = matcher.group(1);
        String word = matcher.group(2);
        String rest = matcher.group(3);
        if (word.equals("to") && rest.matches(" \\p{Ll}.*")) {
            return step.withWhat(subject + " will" + rest);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") && !lower.endsWith("ss") && !NOT_VERBS.contains(lower)) {
            return step.withWhat(subject + " " + EnglishVerbs.future(word + rest));
        }
        return step;
    }
}
