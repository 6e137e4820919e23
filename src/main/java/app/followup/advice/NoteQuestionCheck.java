package app.followup.advice;

import app.followup.letter.Letter;
import app.followup.model.Evidence;
import app.followup.model.Round;
import app.followup.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question the user asked themselves in brackets ("one customer (Warburtons buyer?)") in the evidence or the
 * steps, which the letter says word for word to the employer. Only a question the letter really carries is named,
 * so a letter edited to leave it out raises nothing.
 */
final class NoteQuestionCheck {
    private static final Pattern QUESTION_IN_BRACKETS = Pattern.compile("\\([^()]*\\?\\s*\\)");

    private NoteQuestionCheck() {
    }

    static void check(Round round, Letter letter, AdviceMessages messages, List<Advice> advice) {
        List<String> noted = new ArrayList<>();
        round.evidence().stream().filter(e -> e != null && !e.isDelivered()).map(Evidence::detail).forEach(noted::add);
        List<Step> steps = new ArrayList<>(round.milestones());
        steps.add(round.nextStep());
        steps.stream().filter(s -> s != null).map(Step::what).forEach(noted::add);
        String body = letter.bodyText();
        Set<String> questions = new LinkedHashSet<>();
        for (String note : noted) {
            if (note == null) {
                continue;
            }
            Matcher question = QUESTION_IN_BRACKETS.matcher(note);
            while (question.find()) {
                if (body.contains(question.group())) {
                    questions.add(question.group());
                }
            }
        }
        for (String question : questions) {
            advice.add(Advice.of(AdviceCode.NOTE_QUESTION, messages.get("note-question", question), question));
        }
    }
}
