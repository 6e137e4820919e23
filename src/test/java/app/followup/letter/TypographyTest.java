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
        assertThat(Typography.of("the buyers' offer was 'take it or leave it", Language.EN))
                .as("a quote left open makes the line's plural apostrophes unsure")
                .isEqualTo("the buyers' offer was 'take it or leave it");
    }

    @Test
    void singleQuotesInPairsOnOneLineAreQuotationMarksInEachLanguagesStyle() {
        assertThat(Typography.of("eierne har sagt at 2027 er 'siste sjanse'.", Language.NB))
                .isEqualTo("eierne har sagt at 2027 er «siste sjanse».");
        assertThat(Typography.of("en KAM som 'lever med avtalene' og har møte med hver innkjøper", Language.NB))
                .isEqualTo("en KAM som «lever med avtalene» og har møte med hver innkjøper");
        // typed curly by a word processor, the same
        assertThat(Typography.of("er ‘siste sjanse’, sa de", Language.NB)).isEqualTo("er «siste sjanse», sa de");
        // British: the writer's single quotes as ‘…’, and a plural's apostrophe after them as ’
        assertThat(Typography.of("they said 'no thanks' to the buyers' offer", Language.EN))
                .isEqualTo("they said ‘no thanks’ to the buyers’ offer");
        // a quotation inside a quotation: Norwegian ‘…’ inside «…», English ‘…’ inside “…”
        assertThat(Typography.of("Tor Arne sa \"2027 er 'siste sjanse' for oss\"", Language.NB))
                .isEqualTo("Tor Arne sa «2027 er ‘siste sjanse’ for oss»");
        assertThat(Typography.of("Priya said \"we call it 'the gap'\"", Language.EN))
                .isEqualTo("Priya said “we call it ‘the gap’”");
    }

    @Test
    void anApostropheIsNeverTakenForAQuotationMark() {
        assertThat(Typography.of("Ola's team don't sell rock 'n' roll to the '90s crowd", Language.EN))
                .isEqualTo("Ola’s team don’t sell rock 'n' roll to the '90s crowd");
        assertThat(Typography.of("'til the buyers' offer comes", Language.EN))
                .isEqualTo("'til the buyers’ offer comes");
        assertThat(Typography.of("Hans' bil og Ola's kunder", Language.NB)).isEqualTo("Hans’ bil og Ola’s kunder");
        // a pair is on one line: a quote that opens on one and a mark on the next are no quotation
        assertThat(Typography.of("han sa 'vi får se\nog kundene' bil", Language.NB))
                .isEqualTo("han sa 'vi får se\nog kundene' bil");
    }

    @Test
    void aNorwegianNotesAbbreviationsAreWrittenAsALetterWritesThem() {
        assertThat(Typography.of("sender jeg 2 ref fra kommunekunder, og 1 ref fra Oslo kommune", Language.NB))
                .isEqualTo("sender jeg to referanser fra kommunekunder, og 1 referanse fra Oslo kommune");
        assertThat(Typography.of("salgssyklusen er 9-12 mnd, ARR flatt på 38 mill", Language.NB))
                .isEqualTo("salgssyklusen er 9\u201312 måneder, ARR flatt på 38 millioner");
        assertThat(Typography.of("forsvinner ca 40 mill. i omsetning, ca. 3 stk hver mnd.", Language.NB))
                .isEqualTo("forsvinner ca. 40 millioner i omsetning, ca. 3 stykker hver måned.");
        // with no count it cannot be told whether one or several are meant; inside a word, nothing changes
        assertThat(Typography.of("ref fra kunder, mndsrapport, Cascade", Language.NB))
                .isEqualTo("ref fra kunder, mndsrapport, Cascade");
        // English is its own matter
        assertThat(Typography.of("2 ref from ca 40 customers", Language.EN)).isEqualTo("2 ref from ca 40 customers");
    }

    @Test
    void aHyphenWithSpacesRoundItBetweenWordsIsAnEnDash() {
        assertThat(Typography.of("case study - pitch to a group, 20-30 mins, e-post", Language.EN))
                .isEqualTo("case study – pitch to a group, 20-30 mins, e-post");
        assertThat(Typography.of("- a bullet stays", Language.EN)).isEqualTo("- a bullet stays");
    }
}
