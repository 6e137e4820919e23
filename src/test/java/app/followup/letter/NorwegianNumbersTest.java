package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import org.junit.jupiter.api.Test;

/** Figures in a Norwegian letter as Språkrådet sets them; English and anything that is not surely one stay. */
class NorwegianNumbersTest {

    private static String nb(String text) {
        return Typography.of(text, Language.NB).replace('\u00a0', ' ');
    }

    @Test
    void aPercentSignHasASpaceBeforeItInNorwegianOnly() {
        assertThat(nb("markedsandelen faller under 20%, og 30 % av volumet")).isEqualTo(
                "markedsandelen faller under 20 %, og 30 % av volumet");
        assertThat(Typography.of("under 20% and 30 %", Language.NB)).contains("20\u00a0%").contains("30\u00a0%");
        assertThat(Typography.of("share falls below 20%", Language.EN)).isEqualTo("share falls below 20%");
    }

    @Test
    void aRangeOfNumbersHasAnEnDashButAScoreOrAPhoneNumberStays() {
        assertThat(nb("resultatene fra Elopak 2022-2025, salgssyklusen er 9-12 mnd")).isEqualTo(
                "resultatene fra Elopak 2022–2025, salgssyklusen er 9–12 måneder");
        assertThat(nb("vant 3-1, ring 22-33-44, B2B-salg, Q1-2, 2022-2025-planen"))
                .isEqualTo("vant 3-1, ring 22-33-44, B2B-salg, Q1-2, 2022-2025-planen");
        assertThat(Typography.of("results 2022-2025", Language.EN)).isEqualTo("results 2022-2025");
    }

    @Test
    void aDateTypedAsFiguresInProseIsWrittenAsTheLettersDates() {
        assertThat(nb("godkjenning i styret 17.12")).isEqualTo("godkjenning i styret 17. desember");
        assertThat(nb("Styret godkjenner 17.12.")).isEqualTo("Styret godkjenner 17. desember.");
        assertThat(nb("innen 4.12. og så et møte 1.2")).isEqualTo("innen 4. desember og så et møte 1. februar");
        assertThat(Typography.of("i styret 17.12", Language.NB)).endsWith("17.\u00a0desember");
    }

    @Test
    void timesVersionsAmountsAndImpossibleDaysStayAsTyped() {
        assertThat(nb("møtet starter 17.30, kl. 10.12, versjon 2.1, v 3.2 og 2.1.3"))
                .isEqualTo("møtet starter 17.30, kl. 10.12, versjon 2.1, v 3.2 og 2.1.3");
        assertThat(nb("kr 2.5, fase 1.2, snitt 4.5")).isEqualTo("kr 2.5, fase 1.2, snitt 4.5");
        assertThat(nb("31.11, 1.200 kunder, 2.5 millioner, 1.5 % og 17.12.2027"))
                .isEqualTo("31.11, 1.200 kunder, 2.5 millioner, 1.5 % og 17.12.2027");
        assertThat(Typography.of("board on 17.12", Language.EN)).isEqualTo("board on 17.12");
    }

    @Test
    void aSmallCountInProseIsAWordButLabelsUnitsAndComparedFiguresStay() {
        assertThat(nb("distriktet har hatt 3 sjefer på 2 år, og jeg sender 2 ref")).isEqualTo(
                "distriktet har hatt tre sjefer på to år, og jeg sender to referanser");
        assertThat(nb("taper rammeavtaler, 3 av de 5 siste, og lander 3 nye avtaler innen Q3 2027"))
                .isEqualTo("taper rammeavtaler, tre av de fem siste, og lander tre nye avtaler innen Q3 2027");
        assertThat(nb("fase 2 starter, 4 TWh, 3 millioner, 5 %, kl. 9 på mandag, 3 av de 15 siste, 1 referanse"))
                .isEqualTo("fase 2 starter, 4 TWh, 3 millioner, 5 %, kl. 9 på mandag, 3 av de 15 siste, 1 referanse");
        assertThat(Typography.of("we lost 3 contracts", Language.EN)).isEqualTo("we lost 3 contracts");
    }
}
