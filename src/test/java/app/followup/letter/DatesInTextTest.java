package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesInTextTest {
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 28);

    @Test
    void readsEachFormBothLanguagesTypeDayFirst() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(DatesInText.firstIn("sende tall tirsdag 1. desember", INTERVIEW)).isEqualTo(first);
        assertThat(DatesInText.firstIn("call on Tuesday 1 December", INTERVIEW)).isEqualTo(first);
        assertThat(DatesInText.firstIn("call by 1 Dec", INTERVIEW)).isEqualTo(first);
        assertThat(DatesInText.firstIn("call 1/12", INTERVIEW)).isEqualTo(first);
        assertThat(DatesInText.firstIn("call 2026-12-01", INTERVIEW)).isEqualTo(first);
        assertThat(DatesInText.firstIn("no date in £1.2m or 3PLs", INTERVIEW)).isNull();
    }

    @Test
    void aDateWithoutAYearIsTheOneNearestTheGivenDay() {
        assertThat(DatesInText.firstIn("15. januar", INTERVIEW)).isEqualTo(LocalDate.of(2027, 1, 15));
        // a day just before the interview is this year's, not next year's
        assertThat(DatesInText.firstIn("lørdag 21. november", INTERVIEW)).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(DatesInText.firstIn("28 December 2025", INTERVIEW)).isEqualTo(LocalDate.of(2025, 12, 28));
        assertThat(DatesInText.firstIn("notes of 20 December", LocalDate.of(2027, 1, 4)))
                .isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void eachDateSaysWhereItStandsWithTheWordThatLeadsIt() {
        String promise = "call Rachel on Friday 4 December to book a review";
        DatesInText.Found found = DatesInText.in(promise, INTERVIEW).get(0);
        assertThat(promise.substring(found.start(), found.end())).isEqualTo("on Friday 4 December");
        assertThat(found.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(DatesInText.in("3. desember og 4. desember", INTERVIEW)).hasSize(2);
    }
}
