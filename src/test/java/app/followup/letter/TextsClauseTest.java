package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A note line woven into a sentence: found by the style-rules property run as "Slik jeg forstår det, skyldes det ,0." */
class TextsClauseTest {

    @Test
    void aLineThatStartsWithACommaSemicolonOrFullStopLosesItAndALineOfNothingButThatIsLeftOut() {
        assertThat(Texts.clause(",0")).isEqualTo("0");
        assertThat(Texts.clause("; lite oppfølging av partnerne.")).isEqualTo("lite oppfølging av partnerne");
        assertThat(Texts.clause(" , ")).isNull();
        assertThat(Texts.clause("salget, ikke driften")).isEqualTo("salget, ikke driften");
        assertThat(Texts.clause(".0")).isEqualTo("0");
        assertThat(Texts.clause("... og så videre")).isEqualTo("og så videre");
        assertThat(Texts.clause(".NET-sertifisering")).isEqualTo(".NET-sertifisering");
    }
}
