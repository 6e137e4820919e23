package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Round;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Tom (PeopleFirst) runs references": a name with the company they are from in brackets is note-taking, and a
 * British tester rewrote it "Tom at PeopleFirst". In the decision steps and the next step, a person who took part,
 * followed by the start of their own organisation in brackets, is said with "at" / "fra" instead. Brackets holding
 * anything else stay as typed.
 */
final class AffiliationInBrackets {
    private static final Pattern BRACKETED = Pattern.compile("(?<name>\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)*)"
            + " \\((?<org>[^()]{2,40})\\)");

    /** "Referansesjekk (Marte)": a step and, in brackets after it, who does it. */
    private static final Pattern AGENT = Pattern.compile(
            "^(?<step>[^()]*\\p{L}[^()]*?) \\((?<name>\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)?)\\)$");

    private AffiliationInBrackets() {
    }

    static Round inRound(Round round, Language language) {
        List<Participant> named = round.participants().stream()
                .filter(p -> p != null && p.name() != null && !p.name().isBlank()).toList();
        if (named.isEmpty()) {
            return round;
        }
        List<Participant> people = named.stream().filter(p -> p.organisation() != null).toList();
        String word = language == Language.NB ? "fra" : "at";
        return round.with(copy -> {
            if (round.decisionProcess() != null) {
                copy.decisionProcess = round.decisionProcess().withSteps(round.decisionProcess().steps().stream()
                        .map(step -> withAgent(said(step, people, word), named)).toList());
            }
            if (round.nextStep() != null) {
                copy.nextStep = round.nextStep().withWhat(said(round.nextStep().what(), people, word));
            }
        });
    }

    /**
     * "Referansesjekk (Marte)" is the step done by a person who took part, "referansesjekk via Marte", as a
     * Norwegian tester rewrote it: a bracket in the decision sentence reads as a form, and the suggested plan
     * copied it beside Marte in its Who column.
     */
    static String withAgent(String step, List<Participant> people) {
        if (step == null || !step.endsWith(")")) {
            return step;
        }
        Matcher found = AGENT.matcher(step.strip());
        if (!found.matches()) {
            return step;
        }
        String name = found.group("name");
        boolean tookPart = people.stream().anyMatch(p -> isNamed(p, name));
        return tookPart ? found.group("step").strip() + " via " + name : step;
    }

    static String said(String note, List<Participant> people, String word) {
        if (note == null || note.indexOf('(') < 0) {
            return note;
        }
        Matcher found = BRACKETED.matcher(note);
        StringBuilder out = new StringBuilder();
        while (found.find()) {
            String name = found.group("name");
            String org = found.group("org").strip();
            boolean theirs = people.stream().anyMatch(p -> isTheirs(p, name, org));
            found.appendReplacement(out, Matcher.quoteReplacement(theirs ? name + " " + word + " " + org
                    : found.group()));
        }
        found.appendTail(out);
        return out.toString();
    }

    /** The name is theirs (whole, or the given name) and the bracket is how their organisation starts. */
    private static boolean isTheirs(Participant person, String name, String org) {
        return isNamed(person, name) && !org.isEmpty() && squeezed(person.organisation()).startsWith(squeezed(org));
    }

    /** The name is theirs, whole or the given name. */
    private static boolean isNamed(Participant person, String name) {
        String full = person.name().strip();
        return full.equalsIgnoreCase(name) || full.toLowerCase(Locale.ROOT)
                .startsWith(name.toLowerCase(Locale.ROOT) + " ");
    }

    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
