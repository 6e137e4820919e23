package app.followup.ui.board;

import static app.followup.applications.Applications.change;
import static app.followup.applications.Applications.closed;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.applications.ApplicationScanner;
import app.followup.applications.Applications;
import app.followup.applications.StatusEntry;
import app.followup.applications.What;
import app.followup.model.ApplicationState;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.ui.common.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the board departs from {@code status} for the user's sake: the same-day letter and an offer to answer. */
class BoardRowTest {
    private static final LocalDate INTERVIEW_DAY = Applications.INTERVIEW;

    @TempDir
    Path folder;

    private static Notes at(Notes notes, String employer) {
        return notes.withEmployer(new Employer(employer, List.of(), Extras.NONE));
    }

    private List<BoardRow> board(LocalDate day) {
        return BoardReading.of(List.of(folder), day).rows();
    }

    private static BoardRow row(List<BoardRow> rows, String employer) {
        return rows.stream().filter(r -> r.employer().equals(employer)).findFirst().orElseThrow();
    }

    @Test
    void theLetterAfterTodaysInterviewIsTodaysWorkOnTheBoardWhileStatusKeepsTheDayAfter() {
        save(folder.resolve("a-step.followup.json"), at(myStep(sent(), "2026-11-27"), "Step AS"));
        save(folder.resolve("z-letter.followup.json"),
                at(change(sent(), round -> round.withLetter(null)), "Letter AS"));

        List<BoardRow> today = board(INTERVIEW_DAY);
        BoardRow letter = row(today, "Letter AS");
        assertThat(letter.timing()).isEqualTo(BoardRow.Timing.TODAY);
        assertThat(today).extracting(BoardRow::employer).containsExactly("Letter AS", "Step AS");
        assertThat(new BoardWords(new I18n(I18n.ENGLISH)).what(letter))
                .isEqualTo("Send the follow-up letter – today is best");
        assertThat(new BoardWords(new I18n(I18n.NORWEGIAN)).what(letter))
                .isEqualTo("Send oppfølgingsbrevet – helst i dag");
        assertThat(new BoardWords(new I18n(I18n.ENGLISH)).due(letter)).isEqualTo("Today");

        // the contract's status is unchanged: the letter is due the day after the interview
        StatusEntry listed = StatusEntry.of(new ApplicationScanner().scan(List.of(folder)).applications(),
                INTERVIEW_DAY, false).stream().filter(e -> e.item().what() == What.LETTER_DUE).findFirst()
                .orElseThrow();
        assertThat(listed.item().due()).isEqualTo(INTERVIEW_DAY.plusDays(1));

        BoardRow dayAfter = row(board(INTERVIEW_DAY.plusDays(1)), "Letter AS");
        assertThat(dayAfter.timing()).isEqualTo(BoardRow.Timing.TODAY);
        assertThat(new BoardWords(new I18n(I18n.ENGLISH)).what(dayAfter)).isEqualTo("Send the follow-up letter");
    }

    @Test
    void anOfferAsksForAnAnswerAndStandsAmongTheActiveOnesWhileARejectionIsClosed() {
        save(folder.resolve("a-later.followup.json"), at(myStep(sent(), "2026-12-09"), "Later AS"));
        save(folder.resolve("b-offer.followup.json"),
                closed(at(myStep(sent(), "2026-11-20"), "Offer AS"), ApplicationState.OFFER));
        save(folder.resolve("c-rejected.followup.json"),
                closed(at(myStep(sent(), "2026-11-20"), "Rejected AS"), ApplicationState.REJECTED));

        List<BoardRow> rows = board(LocalDate.of(2026, 12, 2));
        assertThat(rows).extracting(BoardRow::employer).containsExactly("Offer AS", "Later AS", "Rejected AS");
        BoardRow offer = row(rows, "Offer AS");
        assertThat(offer.isClosed()).isFalse();
        assertThat(offer.timing()).isEqualTo(BoardRow.Timing.TODAY);
        assertThat(new BoardWords(new I18n(I18n.ENGLISH)).what(offer)).isEqualTo("Offer – answer it");
        assertThat(new BoardWords(new I18n(I18n.NORWEGIAN)).what(offer)).isEqualTo("Tilbud – svar på det");
        BoardRow rejected = row(rows, "Rejected AS");
        assertThat(rejected.isClosed()).isTrue();
        assertThat(rejected.timing()).isEqualTo(BoardRow.Timing.NONE);
        assertThat(new BoardWords(new I18n(I18n.ENGLISH)).what(rejected)).isEqualTo("Closed");
    }
}
