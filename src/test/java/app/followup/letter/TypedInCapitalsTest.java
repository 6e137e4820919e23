package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers found "KEY ACCOUNT MANAGER SYKEHUS" in a subject and "SALGSDIREKTØR" in an address block. */
class TypedInCapitalsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "KEY ACCOUNT MANAGER SYKEHUS|Key Account Manager sykehus",
        "SALGSDIREKTØR|salgsdirektør",
        "ADM. DIR. FJORDNETT BEDRIFT|adm. dir. Fjordnett bedrift",
        "KAM OFFENTLIG SEKTOR|KAM offentlig sektor",
        "HR|HR",
        "Salgssjef proff|Salgssjef proff",
        "key account manager|key account manager"})
    void aNorwegianTitleInCapitalsIsWrittenInOrdinaryCaseWithAcronymsAndNamesKept(String typed, String written) {
        assertThat(TypedInCapitals.normal(typed, Language.NB, Set.of("Fjordnett"))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "BUSINESS DEVELOPMENT MANAGER|Business Development Manager",
        "HEAD OF SALES, UK AND IRELAND|Head of Sales, UK and Ireland",
        "VP SALES|VP Sales"})
    void anEnglishTitleInCapitalsIsWrittenInTitleCase(String typed, String written) {
        assertThat(TypedInCapitals.normal(typed, Language.EN, Set.of())).isEqualTo(written);
    }
}
