package app.followup.advice;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.model.Round;
import app.followup.model.Stage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short and specific: a sponsor letter never above 300 words (the style guide asks for about 150–250), a
 * decision-maker letter, which carries the plan as a table, not above 350; and every letter whose plan has up to
 * five rows on one A4 page (a longer plan may take a second).
 */
final class LengthChecks {
    static final int MAX_WORDS_SPONSOR = 300;
    static final int MAX_WORDS_DECISION_MAKER = 350;
    /** Rule 1 of docs/letter-style: a letter whose plan has up to five rows fits on one page; more may take two. */
    static final int MAX_ROWS_ON_ONE_PAGE = 5;
    /**
     * A word ends at any space, the no-break spaces too: the letter keeps "Monday 30 November" on one line with
     * them, and the reader still counts three words.
     */
    private static final Pattern TOKEN = Pattern.compile("[^\\s\\p{Z}|]+");
    /** A word has a letter or digit: the markup of lists and tables ("-", "|") is not counted. */
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private LengthChecks() {
    }

    private static int planRows(Letter letter) {
        return letter.body().stream().filter(Block.Table.class::isInstance)
                .mapToInt(table -> ((Block.Table) table).rows().size()).max().orElse(0);
    }

    static void check(Round round, Letter letter, PageCount pageCount, AdviceMessages messages,
                      List<Advice> advice) {
        int limit = round.stageOrDefault() == Stage.DECISION_MAKER ? MAX_WORDS_DECISION_MAKER : MAX_WORDS_SPONSOR;
        int words = (int) TOKEN.matcher(letter.bodyText()).results()
                .filter(token -> LETTER_OR_DIGIT.matcher(token.group()).find()).count();
        if (words > limit) {
            advice.add(Advice.of(AdviceCode.LETTER_TOO_LONG, messages.get("letter-too-long", words, limit), null));
        }
        if (planRows(letter) > MAX_ROWS_ON_ONE_PAGE) {
            // the style guide lets a plan of more rows take a second page
            return;
        }
        pageCount.of(letter).ifPresent(pages -> {
            if (pages > 1) {
                advice.add(Advice.of(AdviceCode.LETTER_OVER_ONE_PAGE,
                        messages.get("letter-over-one-page", pages), null));
            }
        });
    }
}
