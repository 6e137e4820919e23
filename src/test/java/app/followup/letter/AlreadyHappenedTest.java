package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Norwegian tester's letter said a loss that had happened as what happens if nothing changes: "Blir det ikke
 * løst, har dere mistet fire av de tjue største kundene det siste året". A consequence in the perfect tense is said
 * as the fact it is, before the consequences.
 */
class AlreadyHappenedTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(Language language, List<String> consequences) {
        Round round = Round.empty(DAY).withChallenge(language == Language.NB
                ? "Dere mister de store industrikundene når avtalene skal fornyes"
                : "New business has been flat for 18 months").withConsequences(consequences);
        return composer.compose(new Notes(1, language, null, null, null, null, List.of(round), null, null), 0, DAY)
                .bodyText().replace('\u00a0', ' ');
    }

    @Test
    void aLossThatHasHappenedIsAFactBeforeTheConsequences() {
        assertThat(letter(Language.NB, List.of("Dere har mistet fire av de tjue største kundene det siste året",
                "Omsetningen i industrisegmentet faller 15 prosent i 2027",
                "Styret vurderer å legge ned industrisatsingen")))
                .contains("Dere har mistet fire av de tjue største kundene det siste året. Blir det ikke løst, "
                        + "faller omsetningen i industrisegmentet 15 prosent i 2027")
                .doesNotContain("løst, har dere mistet");
        assertThat(letter(Language.EN, List.of("we have lost two of our ten biggest accounts this year",
                "we miss the new-business target for 2027")))
                .contains("You have lost two of your ten biggest accounts this year. If nothing changes, you will "
                        + "miss the new-business target for 2027");
    }

    @Test
    void aConditionOrAFutureStaysAConsequence() {
        AlreadyHappened norwegian = new AlreadyHappened(Language.NB);
        assertThat(norwegian.is("Dere har mistet fire av de tjue største kundene")).isTrue();
        assertThat(norwegian.is("de har tapt tre anbud i år")).isTrue();
        assertThat(norwegian.is("Hvis de har mistet Orkla, er det for sent")).as("a condition").isFalse();
        assertThat(norwegian.is("styret har lyst til å selge")).as("no participle").isFalse();
        assertThat(norwegian.is("marginen fortsetter å falle")).isFalse();
        AlreadyHappened english = new AlreadyHappened(Language.EN);
        assertThat(english.is("we've lost 3 of 5 frameworks")).isTrue();
        assertThat(english.is("the board will have to decide")).isFalse();
        assertThat(english.is("if we have lost Barlaston, we lose 30%")).isFalse();
    }

    /** A tester's consequence "vi mistet tre av de 20 største kundene i år" read "Blir det ikke løst, betyr det at dere mistet …". */
    @Test
    void aPastTenseAfterAPronounHasHappened() {
        AlreadyHappened norwegian = new AlreadyHappened(Language.NB);
        assertThat(norwegian.is("vi mistet tre av de 20 største kundene i år")).isTrue();
        assertThat(norwegian.is("vi tapte to anbud i fjor")).isTrue();
        assertThat(norwegian.is("de falt ut av rammeavtalen")).isTrue();
        assertThat(norwegian.is("de største kundene går til kjedene")).as("'de' as 'the'").isFalse();
        assertThat(norwegian.is("de ansatte slutter")).as("'de' as 'the'").isFalse();
        assertThat(norwegian.is("vi mister kundene")).as("present").isFalse();
        AlreadyHappened english = new AlreadyHappened(Language.EN);
        assertThat(english.is("we lost two framework renewals last year")).isTrue();
        assertThat(english.is("they missed target in Q3")).isTrue();
        assertThat(english.is("we cut prices to keep volume")).as("present as well as past").isFalse();
        assertThat(english.is("we lose the Tesco range review")).isFalse();
        assertThat(english.is("we need to cut the Leeds depot")).as("present, though it ends in -ed").isFalse();
        assertThat(letter(Language.NB, List.of("vi mistet tre av de 20 største kundene i år, rundt 14 millioner "
                + "kroner i årlig omsetning", "vekstmålet på 15 prosent for 2027 ryker")))
                .contains("Dere mistet tre av de 20 største kundene i år, rundt 14 millioner kroner i årlig "
                        + "omsetning. Blir det ikke løst, ryker vekstmålet på 15 prosent for 2027")
                .doesNotContain("betyr det at dere mistet");
    }
}
