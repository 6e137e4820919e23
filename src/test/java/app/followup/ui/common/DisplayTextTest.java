package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

public class DisplayTextTest {
    @Test
    void decomposedAccentsAreShownComposed() {
        assertThat(DisplayText.forReading("Ke\u0301ra a\u030Apne")).isEqualTo("Kéra åpne");
    }

    @Test
    void invisibleDirectionAndControlCharactersAreNotShownAsThePdfDoesNotDrawThem() {
        assertThat(DisplayText.forReading("a\u202eb\u200bc\u0007d\ne")).isEqualTo("abc d\ne");
    }

    @Test
    void aVeryLongLineOfComplexTextIsShownInPiecesCutAtSpaces() {
        String line = "עברית שלום ".repeat(2_000);
        String shown = DisplayText.forReading(line);
        String[] pieces = shown.split("\n");
        assertThat(pieces.length).isGreaterThan(40);
        assertThat(Arrays.stream(pieces).mapToInt(String::length).max().getAsInt())
                .isLessThanOrEqualTo(DisplayText.LONGEST_COMPLEX_LINE + 100);
        assertThat(shown.replace("\n", " ")).isEqualTo(line);
    }

    @Test
    void aLongWordWithAMarkIsCutInsideTheWord() {
        String shown = DisplayText.forReading("e\u0301\u0302 " + "x".repeat(20_000));
        assertThat(shown.split("\n")).hasSizeGreaterThan(40)
                .allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(DisplayText.LONGEST_COMPLEX_LINE + 100));
        assertThat(shown.replace("\n", "")).hasSize(20_003);
    }

    @Test
    void plainLatinTextIsLeftAsItIsHowLongItEverIs() {
        String line = "Kundene våre – «partnere» – vil ha svar. ".repeat(1_000);
        assertThat(DisplayText.forReading(line)).isEqualTo(line);
    }
}
