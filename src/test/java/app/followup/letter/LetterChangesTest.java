package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.letter.LetterChanges.Kind;
import app.followup.letter.LetterChanges.Line;
import app.followup.letter.LetterChanges.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterChangesTest {
    private static final String BODY = "Hei Ola,\n\nTakk for samtalen.\n\nJeg ringer deg tirsdag 1. desember for å avtale "
            + "møtet med Lise Moe, som tar den endelige beslutningen om stillingen.\n\nMed vennlig hilsen";

    @Test
    void onlyTheChangedLineIsShownWithItsWordsSwapped() {
        List<Line> changes = LetterChanges.between("Emne", BODY, "Emne",
                BODY.replace("tirsdag 1. desember", "onsdag 9. desember"));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).subject()).isFalse();
        assertThat(changes.get(0).pieces()).containsExactly(
                new Piece(Kind.KEPT, "Jeg ringer deg "),
                new Piece(Kind.REMOVED, "tirsdag 1."),
                new Piece(Kind.ADDED, "onsdag 9."),
                new Piece(Kind.KEPT, " desember for å avtale møtet med Lise Moe, som tar den endelige beslutningen "
                        + "om stillingen."));
    }

    @Test
    void theSubjectComesFirstAndAddedOrRemovedParagraphsShowWhole() {
        List<Line> changes = LetterChanges.between("Samtalen 25. november", BODY, "Samtalen 26. november",
                BODY.replace("Takk for samtalen.", "Takk for samtalen.\n\nJeg sender referansene i morgen."));
        assertThat(changes).extracting(Line::subject).containsExactly(true, false);
        assertThat(changes.get(1).pieces()).containsExactly(new Piece(Kind.ADDED, "Jeg sender referansene i morgen."));
        assertThat(LetterChanges.between("A", BODY, "A", BODY)).isEmpty();
    }

    @Test
    void aLongSentenceIsCutToTheWordsAroundTheChange() {
        Line line = LetterChanges.between("Emne", BODY, "Emne", BODY.replace("1. desember", "9. desember")).get(0)
                .aroundChanges(2);
        assertThat(line.pieces()).containsExactly(
                new Piece(Kind.KEPT, "… deg tirsdag "),
                new Piece(Kind.REMOVED, "1."),
                new Piece(Kind.ADDED, "9."),
                new Piece(Kind.KEPT, " desember for …"));
    }
}
