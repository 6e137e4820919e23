package app.followup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderTest {
    @Test
    void leftToRightTextIsUntouched() {
        assertThat(VisualOrder.of("Hei Ola, «partnere» (KAM) – æøå")).isEqualTo("Hei Ola, «partnere» (KAM) – æøå");
    }

    @Test
    void aHebrewWordInANorwegianSentenceIsDrawnRightToLeft() {
        assertThat(VisualOrder.of("Kunden heter שלום i dag")).isEqualTo("Kunden heter םולש i dag");
    }

    @Test
    void aRightToLeftLineStartsFromTheRightAndKeepsMarksWithTheirLetters() {
        // shin with a dot, then lamed: the pair stays together when the word is turned
        assertThat(VisualOrder.of("\u05e9\u05c1\u05dc (1)")).isEqualTo("(1) \u05dc\u05e9\u05c1");
    }
}
