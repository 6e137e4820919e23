package app.followup.ui.board;

import app.followup.applications.What;
import app.followup.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the board's cells say, in the window's language: what is due in the user's own words, when, how far. */
final class BoardWords {
    private final I18n i18n;
    /** Made once per language, not per cell: a pattern is parsed each time a formatter is made. */
    private DateTimeFormatter dateFormat;

    BoardWords(I18n i18n) {
        this.i18n = i18n;
        languageChanged();
    }

    /** Call when the window's language changes, before the cells are drawn again. */
    void languageChanged() {
        dateFormat = DateTimeFormatter.ofPattern(i18n.get("board.date.pattern"), i18n.localeProperty().get());
    }

    /**
     * What is due, saying which step or which evidence when the notes name it ("Your next step: send the
     * references"), so that the user need not open the file to know what they owe; the kind alone when they do not.
     */
    String what(BoardRow row) {
        if (row.awaitsAnswer()) {
            return i18n.get("board.what.offer");
        }
        if (row.letterOnInterviewDay()) {
            return i18n.get("board.what.letter-due.sameDay");
        }
        What what = row.what();
        String key = "board.what." + what.code();
        if (row.detail() != null && namesItsDetail(what)) {
            return i18n.get(key + ".detail", row.detail());
        }
        return i18n.get(key);
    }

    /** The kinds whose words name the step or evidence; the letter, the loop and the state say it all alone. */
    private static boolean namesItsDetail(What what) {
        return switch (what) {
            case MY_STEP, EVIDENCE_DUE, AWAITING_EMPLOYER, NUDGE_DUE -> true;
            case LETTER_DUE, GONE_QUIET, NO_NEXT_STEP, CLOSED -> false;
        };
    }

    /** The round's number alone: the column is kept narrow for what is due. */
    String round(BoardRow row) {
        return row.round() == 0 ? i18n.get("board.due.none") : String.valueOf(row.round());
    }

    /** "Round 2 · decision-maker", for the pointer resting on the round's number. */
    String roundInFull(BoardRow row) {
        if (row.round() == 0) {
            return i18n.get("board.round.none");
        }
        return i18n.get("board.round.full", row.round(), i18n.get("board.stage." + row.stage().code()));
    }

    String due(BoardRow row) {
        return switch (row.timing()) {
            case TODAY -> i18n.get("board.due.today");
            case OVERDUE -> i18n.get("board.due.overdue", date(row.due()));
            default -> row.due() == null ? i18n.get("board.due.none") : date(row.due());
        };
    }

    String date(LocalDate day) {
        return day == null ? "" : dateFormat.format(day);
    }

    String state(BoardRow row) {
        return i18n.get("board.state." + row.state().code());
    }
}
