package app.followup.advice;

import app.followup.letter.LetterDates;
import app.followup.model.Round;
import java.time.LocalDate;
import java.util.List;

/** The letter goes out the same day as the interview, at the latest the next. */
final class DeadlineChecks {
    private DeadlineChecks() {
    }

    static void check(Round round, LocalDate today, AdviceMessages messages, List<Advice> advice) {
        boolean sent = round.letter() != null && round.letter().sentOn() != null;
        if (sent || round.date() == null || today.isBefore(round.date())) {
            return;
        }
        LocalDate deadline = round.date().plusDays(1);
        // as a letter writes a date: the year only when it is not this year's (letter-style rule 6)
        String date = LetterDates.dayOfMonth(deadline, today, messages.language());
        if (today.isAfter(deadline)) {
            advice.add(Advice.of(AdviceCode.LETTER_OVERDUE, messages.get("letter-overdue", date), null));
        } else {
            String key = today.equals(deadline) ? "letter-due-today.last" : "letter-due-today";
            advice.add(Advice.of(AdviceCode.LETTER_DUE_TODAY, messages.get(key, date), null));
        }
    }
}
