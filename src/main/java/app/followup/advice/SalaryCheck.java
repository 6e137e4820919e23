package app.followup.advice;

import app.followup.letter.CompanyNames;
import app.followup.letter.Letter;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Salary stays out of the sponsor round: the method builds the hiring vision first. A decision-maker letter may
 * answer a question about pay, so it is not checked.
 *
 * <p>The checklist runs this at every keystroke, most of which change neither the letter's text nor the names:
 * the last finding is kept with what it was read from, and the names' patterns are compiled once per name.
 */
final class SalaryCheck {
    /** What the finding depends on, and nothing else. */
    private record Reading(String subject, String body, String employer, String position) {
    }

    private Reading lastRead;
    private Optional<String> lastFound = Optional.empty();
    private List<String> namesCompiled = List.of();
    private List<Pattern> namePatterns = List.of();

    void check(Notes notes, Round round, Letter letter, AdviceMessages messages, List<Advice> advice) {
        if (round.stageOrDefault() != Stage.SPONSOR) {
            return;
        }
        Reading reading = new Reading(letter.subject(), letter.bodyText(), notes.employer().name(), notes.position());
        if (!reading.equals(lastRead)) {
            String text = Texts.inline(reading.subject() + "\n" + reading.body());
            // most letters have no word about pay at all: then taking the names out cannot make one appear
            lastFound = SalaryMentions.mayMention(text) ? SalaryMentions.first(withoutNames(text, reading))
                    : Optional.empty();
            lastRead = reading;
        }
        lastFound.ifPresent(found -> advice.add(Advice.of(AdviceCode.SALARY_MENTIONED,
                messages.get("salary-mentioned", Texts.inline(found)), found)));
    }

    /**
     * The employer's name and the position are the employer's words, not talk of pay: "Lønnsomt Regnskap AS", "Lønn
     * & HR Partner AS" or a job selling payroll systems must not count.
     */
    private String withoutNames(String text, Reading reading) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (Pattern name : namePatterns(reading)) {
            result = name.matcher(result).replaceAll(" ");
        }
        return result;
    }

    private List<Pattern> namePatterns(Reading reading) {
        String employer = Texts.inline(reading.employer());
        List<String> names = new ArrayList<>();
        for (String name : new String[] {employer, CompanyNames.shortName(employer), Texts.inline(reading.position())}) {
            if (name != null && name.length() > 1) {
                names.add(name);
            }
        }
        if (!names.equals(namesCompiled)) {
            namePatterns = names.stream()
                    .map(name -> Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                    .toList();
            namesCompiled = names;
        }
        return namePatterns;
    }
}
