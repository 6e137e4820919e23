package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import org.junit.jupiter.api.Test;

/** The punctuation of a printed letter, whatever the keyboard typed into the notes. */
class TypographyTest {

    @Test
    void norwegianQuotesAreGuillemetsAndEnglishQuotesAreCurly() {
        assertThat(Typography.of("selgerne jobber som \"ordremottakere\" og venter", Language.NB))
                .isEqualTo("selgerne jobber som «ordremottakere» og venter");
        assertThat(Typography.of("You said: \"I want someone our customers ring first\".", Language.EN))
                .isEqualTo("You said: “I want someone our customers ring first”.");
        // a lone straight quote (an inch mark, a typo) has no pair to turn
        assertThat(Typography.of("a 27\" screen", Language.EN)).isEqualTo("a 27\" screen");
    }

    @Test
    void anApostropheInsideAWordAndAfterAPluralIsTypographicUnlessTheLineQuotesWithSingleQuotes() {
        assertThat(Typography.of("Mary Kate's dad can't, and the customers' data", Language.EN))
                .isEqualTo("Mary Kate’s dad can’t, and the customers’ data");
        assertThat(Typography.of("they said 'no thanks' to the buyers' offer", Language.EN))
                .isEqualTo("they said 'no thanks' to the buyers' offer");
    }

    @Test
    void aHyphenWithSpacesRoundItBetweenWordsIsAnEnDash() {
        assertThat(Typography.of("case study - pitch to a group, 20-30 mins, e-post", Language.EN))
                .isEqualTo("case study – pitch to a group, 20-30 mins, e-post");
        assertThat(Typography.of("- a bullet stays", Language.EN)).isEqualTo("- a bullet stays");
    }
}
