package app.followup.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an address may end a line: before its "@" and before a dot, never inside a word or after a hyphen. */
class AddressTextTest {
    @Test
    void anAddressBreaksBeforeItsAtAndItsDotsOnly() {
        assertThat(AddressText.pieces("hans.petter.lunde-kristiansen@nordlys-software.example"))
                .containsExactly("hans", ".petter", ".lunde-kristiansen", "@nordlys-software", ".example");
    }

    @Test
    void aWordWithoutAnAddressStaysWhole() {
        assertThat(AddressText.pieces("Lunde-Kristiansen")).containsExactly("Lunde-Kristiansen");
        assertThat(AddressText.pieces("J.")).containsExactly("J.");
    }

    @Test
    void aFullStopAfterAnAddressStaysWithIt() {
        assertThat(AddressText.pieces("anna@talentbridge.no.")).containsExactly("anna", "@talentbridge", ".no.");
    }
}
