package app.followup.advice;

import app.followup.letter.Letter;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a seasoned sales coach would say about a round's letter: is it on time, does it end with a next step the
 * candidate owns, does it speak their words, keep salary and private notes out, give each promise one date, greet
 * and sign by name, fit on a page, reach everyone, and is this a job worth winning. Errors first, then warnings,
 * then information.
 *
 * <p>Keep one for the checklist: the checks that read the whole letter remember what they last read, so that a
 * keystroke that changes neither the letter nor their other inputs costs them nothing. One thread at a time.
 */
public final class Advisor {
    private final AdviceMessages messages;
    private final PageCount pageCount;
    private final SalaryCheck salary = new SalaryCheck();
    private final PrivateLeakCheck privateLeak = new PrivateLeakCheck();
    private final WordingChecks wording = new WordingChecks();

    /** Advice that lays the letter out as a PDF to count its pages. */
    public Advisor(Language messageLanguage) {
        this(messageLanguage, PageCount.ofPdf());
    }

    /** @param pageCount how many pages the letter takes; empty skips {@code letter-over-one-page} */
    public Advisor(Language messageLanguage, PageCount pageCount) {
        this.messages = new AdviceMessages(messageLanguage);
        this.pageCount = pageCount;
    }

    /** @param letter the letter the round will send, as composed from the notes or edited by the user */
    public List<Advice> check(Notes notes, int roundIndex, LocalDate today, Letter letter) {
        return check(notes, roundIndex, today, letter, pageCount);
    }

    /** @param pages the letter's page count as known when it was asked for, instead of this advisor's own */
    public List<Advice> check(Notes notes, int roundIndex, LocalDate today, Letter letter, PageCount pages) {
        Round round = notes.rounds().get(roundIndex);
        List<Advice> advice = new ArrayList<>();
        DeadlineChecks.check(round, today, messages, advice);
        NextStepChecks.check(round, today, messages, advice);
        NextStepAgainstPlan.check(round, today, messages, advice);
        DeliverableDateChecks.check(round, today, messages, advice);
        RecipientChecks.check(round, letter, messages, advice);
        NameChecks.check(notes, round, messages, advice);
        salary.check(notes, round, letter, messages, advice);
        privateLeak.check(notes, letter, messages, advice);
        wording.check(notes, round, letter, messages, advice);
        LengthChecks.check(round, letter, pages, messages, advice);
        ContentChecks.check(notes, round, messages, advice);
        NoteQuestionCheck.check(round, letter, messages, advice);
        advice.sort(Comparator.comparing(Advice::level));
        return advice;
    }
}
