package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyParserTest {
    @Test
    void readsParagraphsListsNumberedStepsAndTables() {
        List<Block> blocks = BodyParser.parse("Hei,\r\n\r\nÅrsaker:\n- en\n* to\n• tre\n\n1. først\n2) så\n\n"
                + "| Dato | Hva |\n| 1. mars | Møte |\n\nHilsen\nKari\n\n\n");
        assertThat(blocks).containsExactly(
                new Block.Paragraph(List.of("Hei,")),
                new Block.Paragraph(List.of("Årsaker:")),
                new Block.ItemList(List.of("en", "to", "tre"), false),
                new Block.ItemList(List.of("først", "så"), true),
                new Block.Table(List.of("Dato", "Hva"), List.of(List.of("1. mars", "Møte"))),
                new Block.Paragraph(List.of("Hilsen", "Kari")));
    }

    @Test
    void plainTextReadsBackToTheSameBlocks() {
        List<Block> blocks = List.of(new Block.Paragraph(List.of("Hei,")), new Block.Paragraph(List.of("Steg:")),
                new Block.ItemList(List.of("a", "b"), true), new Block.ItemList(List.of("c"), false),
                new Block.Paragraph(List.of("Hilsen", "Kari")));
        assertThat(BodyParser.parse(PlainText.of(blocks))).isEqualTo(blocks);
        assertThat(PlainText.of(blocks)).isEqualTo("Hei,\n\nSteg:\n1. a\n2. b\n\n- c\n\nHilsen\nKari");
    }

    @Test
    void anEmptyBodyHasNoBlocks() {
        assertThat(BodyParser.parse("")).isEmpty();
        assertThat(BodyParser.parse("\n \n")).isEmpty();
    }
}
