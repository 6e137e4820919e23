package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Language;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the letter reads a note: clause or phrase, and how it looks inside a sentence. */
class NoteTextTest {
    private final NoteText norwegian = new NoteText(Language.NB, Set.of("Lise", "Moe", "Calder"));
    private final NoteText english = new NoteText(Language.EN, Set.of("Calder", "Priya"));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ingen eier partnerne etter omorganiseringen; true", "Lite oppfølging av de største partnerne; false",
        "Budsjettet for 2027 henger i løse luften; true", "Tapt andel i Midt-Norge; false",
        "Anbudene besvares for sent; true", "Lavere omsetning i bedriftsmarkedet i 2027; false",
        "En KAM som tar eierskap til partnerne; false", "For få nye SMB-kunder hver måned; false",
        "Styrets vekstmål for 2028 er i fare; true", "Nye kunder i Midt-Norge; false",
        "de når ikke vekstmålet; true", "De største kundene i Midt-Norge; false", "De andre kundene; false",
        "De fleste kundene går til kjedene; true"})
    void aNorwegianNoteIsAClauseOnlyWithAFiniteVerbAfterItsSubject(String note, boolean clause) {
        assertThat(norwegian.isClause(note)).isEqualTo(clause);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The pipeline depends on inbound leads; true", "No one owns the top 30 target banks; true",
        "Calder wins pilots but loses contracts; true", "Stalled growth in financial services; false",
        "An account executive who builds pipeline; false", "The 2027 target is at risk; true",
        "Too much reliance on inbound leads; false"})
    void anEnglishNoteIsAClauseOnlyWithAFiniteVerbAfterItsSubject(String note, boolean clause) {
        assertThat(english.isClause(note)).isEqualTo(clause);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Partnerkanalen vokser ikke i takt med markedet; partnerkanalen ikke vokser i takt med markedet",
        "Selgerne følger aldri opp leadene; selgerne aldri følger opp leadene",
        "Salgsteamet er bygget for fornyelser; salgsteamet er bygget for fornyelser"})
    void aNorwegianAtClausePutsTheSentenceAdverbBeforeTheVerb(String note, String subordinate) {
        assertThat(norwegian.order().subordinate(note)).isEqualTo(subordinate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ingen eier partnerne; ingen eier partnerne", "Lise Moe tar beslutningen; Lise Moe tar beslutningen",
        "KAM-rollen er ny; KAM-rollen er ny", "CRM mangler; CRM mangler", "2027 blir tøft; 2027 blir tøft"})
    void insideASentenceOnlyNamesAndAcronymsKeepTheirCapital(String note, String inner) {
        assertThat(norwegian.inner(note)).isEqualTo(inner);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Marginen fortsetter å falle; fortsetter marginen å falle",
        "Vekstmålet for 2027 nås ikke; nås ikke vekstmålet for 2027",
        "Styrets vekstmål for 2028 er i fare; er styrets vekstmål for 2028 i fare",
        "de når ikke vekstmålet for 2027; når de ikke vekstmålet for 2027",
        "De mister de største kundene; mister de de største kundene",
        "vi taper anbudene til kjedene; taper vi anbudene til kjedene",
        "De får ikke nye kunder; får de ikke nye kunder", "det går utover marginen; går det utover marginen",
        "de blir forbigått; blir de forbigått", "de må kutte; må de kutte", "man kan ikke vokse; kan man ikke vokse",
        "de vil tape andeler; vil de tape andeler", "de skal spare; skal de spare",
        "de risikerer bøter; risikerer de bøter", "de mangler selgere; mangler de selgere",
        "han faller fra; faller han fra"})
    void afterAFrontedClauseTheVerbComesFirst(String note, String inverted) {
        assertThat(norwegian.order().inverted(note)).isEqualTo(inverted);
    }
}
