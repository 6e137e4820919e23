package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A user edited a few words of a letter whose PDF had a plan table, and renamed the owners in its Who column: the
 * PDF then showed the plan as bullets. An edited plan that keeps its form stays a table.
 */
class TableRowsReadBackTest {
    /** Vestland's second round is at the decision maker: its letter has the plan table. */
    private static final int ROUND = 1;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));
    private final Notes sample = Samples.load(Samples.VESTLAND);

    private Block.Table generatedTable() {
        return composer.generate(sample, ROUND, DAY).body().stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow();
    }

    /** The letter after the user changed its editor text line by line. */
    private Letter editedLines(UnaryOperator<String> edit) {
        List<String> lines = new ArrayList<>();
        for (String line : composer.generate(sample, ROUND, DAY).bodyText().split("\n", -1)) {
            lines.add(edit.apply(line));
        }
        Round round = sample.rounds().get(ROUND).withLetter(new EditedLetter(null, String.join("\n", lines) + "\n\nP.S.",
                null, Extras.NONE));
        List<Round> rounds = new ArrayList<>(sample.rounds());
        rounds.set(ROUND, round);
        return composer.compose(sample.withRounds(rounds), ROUND, DAY);
    }

    @Test
    void anEditedPlanWithOtherOwnersIsStillATable() {
        Block.Table before = generatedTable();
        Letter letter = editedLines(line -> line.startsWith("- ") ? line.replaceAll("\\([^()]*\\)$", "(Jan Erik)")
                : line);

        Block.Table after = letter.body().stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow(() -> new AssertionError("became bullets"));
        assertThat(after.header()).isEqualTo(before.header());
        assertThat(after.rows()).hasSameSizeAs(before.rows());
        for (int i = 0; i < before.rows().size(); i++) {
            assertThat(after.rows().get(i).get(0)).isEqualTo(before.rows().get(i).get(0));
            assertThat(after.rows().get(i).get(1)).isEqualTo(before.rows().get(i).get(1));
            assertThat(after.rows().get(i).get(2)).isEqualTo("Jan Erik");
        }
        assertThat(letter.body().stream().anyMatch(Block.ItemList.class::isInstance)).isFalse();
        assertThat(TableRowsReadBack.unreadRows(letter)).isEmpty();
    }

    @Test
    void aPlanLineThatIsNoLongerARowKeepsTheListAndIsNamed() {
        String firstRow = PlainText.row(generatedTable().rows().get(0));
        Letter letter = editedLines(line -> line.equals("- " + firstRow) ? "- og så noe helt annet" : line);

        assertThat(letter.body().stream().anyMatch(Block.Table.class::isInstance)).isFalse();
        assertThat(TableRowsReadBack.unreadRows(letter)).containsExactly("og så noe helt annet");
    }

    @Test
    void anUneditedLetterNamesNothing() {
        assertThat(TableRowsReadBack.unreadRows(composer.compose(sample, ROUND, DAY))).isEmpty();
    }
}
