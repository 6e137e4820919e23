package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names leave the greeting to guess, and which show the given name plainly. */
class GreetingNamesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Hansen", "Karlsson", "Bjørnstad", "Haugerud", "Berg", "P. O. Moe", "P.O. Moe",
        "J.R. Smith", "P Moe", "Dr. Hansen", "Mr Reed", "Fru Berg", "Dr P. Moe", "Advokat Per Moe",
        "ola.hansen@nordlys.example", "HANSEN", "PER MOE", "Moe, Per Olav", "   "})
    void unclear(String name) {
        assertThat(GreetingNames.isUnclear(name)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Per Olav Moe", "Jan Erik Dahl", "Anne-Kari Brekke", "Ola Hansen", "Priya Shah",
        "Ola", "Priya", "Agnes", "Seth", "Åse Berg", "Per O. Moe", "Sarah McDonald", "Ingrid  Lie",
        "Dr Kari Hansen", "Prof. Anne Lie", "Dr Fiona Gallagher"})
    void clear(String name) {
        assertThat(GreetingNames.isUnclear(name)).isFalse();
    }
}
