package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void englishIsDayBeforeMonthAsTheLetterWritesIt() {
        TypedDates english = TypedDates.english(TODAY);
        // two digits each, as a British reader writes it: "28/11/2026" beside "1/12/2026" read as two formats
        assertThat(english.format(LocalDate.of(2026, 12, 8))).isEqualTo("08/12/2026");
        assertThat(english.parse("8/12")).contains(LocalDate.of(2026, 12, 8));
        assertThat(english.parse("8/12/2026")).contains(LocalDate.of(2026, 12, 8));
        assertThat(english.parse("28/11/26")).contains(TODAY);
    }

    @Test
    void norwegianReadsDotsWithOrWithoutTheYear() {
        TypedDates norwegian = TypedDates.norwegian(TODAY);
        assertThat(norwegian.format(LocalDate.of(2027, 1, 4))).isEqualTo("04.01.2027");
        assertThat(norwegian.parse("4.1.2027")).contains(LocalDate.of(2027, 1, 4));
        assertThat(norwegian.parse(" 8.12. ")).contains(LocalDate.of(2026, 12, 8));
        assertThat(norwegian.parse("2026-12-08")).contains(LocalDate.of(2026, 12, 8));
    }

    @Test
    void noDayIsNoDate() {
        TypedDates norwegian = TypedDates.norwegian(TODAY);
        assertThat(norwegian.parse("31.2.2027")).isEmpty();
        assertThat(norwegian.parse("neste uke")).isEmpty();
        assertThat(norwegian.parse("")).isEmpty();
        assertThat(norwegian.parse(null)).isEmpty();
    }
}
