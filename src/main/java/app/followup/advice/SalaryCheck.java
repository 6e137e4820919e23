package app.followup.advice;

import app.followup.letter.CompanyNames;
import app.followup.letter.Letter;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Stage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Salary stays out of the sponsor round: the method builds the hiring vision first. A decision-maker letter may
 * answer a question about pay, so it is not checked.
 */
final class SalaryCheck {
    private SalaryCheck() {
    }

    static void check(Notes notes, Round round, Letter letter, AdviceMessages messages, List<Advice> advice) {
        if (round.stageOrDefault() != Stage.SPONSOR) {
            return;
        }
        String text = withoutNames(Texts.inline(letter.subject() + "\n" + letter.bodyText()), notes);
        SalaryMentions.first(text).ifPresent(found -> advice.add(Advice.of(AdviceCode.SALARY_MENTIONED,
                messages.get("salary-mentioned", Texts.inline(found)), found)));
    }

    /**
     * The employer's name and the position are the employer's words, not talk of pay: "Lønnsomt Regnskap AS", "Lønn
     * & HR Partner AS" or a job selling payroll systems must not count.
     */
    private static String withoutNames(String text, Notes notes) {
        if (text == null) {
            return "";
        }
        String result = text;
        String employer = Texts.inline(notes.employer().name());
        for (String name : new String[] {employer, CompanyNames.shortName(employer), Texts.inline(notes.position())}) {
            if (name != null && name.length() > 1) {
                result = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(" ");
            }
        }
        return result;
    }
}
