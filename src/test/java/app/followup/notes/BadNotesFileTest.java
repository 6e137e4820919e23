package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every way a notes file can be unusable gives one clear message, never a stack trace or a partial model. */
class BadNotesFileTest {
    private final NotesReader reader = new NotesReader();

    private NotesException problem(String json) {
        return problem(json.getBytes(StandardCharsets.UTF_8));
    }

    private NotesException problem(byte[] bytes) {
        try {
            reader.read(bytes);
        } catch (NotesException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        NotesException e = problem("{\n  \"format\": \"followup-notes\",\n  \"version\": 1,\n  \"rounds\": [,]\n}");
        assertThat(e.getMessage()).startsWith("broken JSON at line 4, column 14:");
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void truncatedFileIsBrokenJson() {
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [").getMessage())
                .startsWith("broken JSON at line 1");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"version\": 1}").getMessage())
                .contains("broken JSON").contains("version");
    }

    @Test
    void wrongTypesNameTheFieldPath() {
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{\"date\": \"2026-11-26\", "
                + "\"causes\": \"one cause\"}]}").getMessage())
                .isEqualTo("rounds[0].causes: expected a list, found the text \"one cause\"");
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{\"date\": 20261126}]}")
                .getMessage()).isEqualTo("rounds[0].date: expected text, found the number 20261126");
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{\"date\": \"26.11.2026\"}]}")
                .getMessage()).isEqualTo("rounds[0].date: expected a date as YYYY-MM-DD, found \"26.11.2026\"");
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"private\": {\"interestFit\": 9}}")
                .getMessage()).isEqualTo("private.interestFit: expected a whole number from 1 to 5, found 9");
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{\"date\": \"2026-11-26\", "
                + "\"stage\": \"ceo\"}]}").getMessage())
                .isEqualTo("rounds[0].stage: expected one of \"sponsor\", \"decision-maker\", found \"ceo\"");
    }

    @Test
    void aRoundWithoutDateIsRefused() {
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{}]}").getMessage())
                .startsWith("rounds[0].date is missing");
    }

    @Test
    void newerVersionIsRefusedWithItsOwnType() {
        assertThatThrownBy(() -> reader.read("{\"format\": \"followup-notes\", \"version\": 2, \"rounds\": []}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NewerVersionException.class)
                .hasMessageContaining("newer FollowUp (notes format version 2)");
    }

    @Test
    void otherFormatsAndMissingVersionAreRefused() {
        assertThat(problem("{\"format\": \"something-else\", \"version\": 1}").getMessage())
                .isEqualTo("not a FollowUp notes file: \"format\" must be \"followup-notes\", found \"something-else\"");
        assertThat(problem("{\"name\": \"Kari\"}").getMessage()).startsWith("not a FollowUp notes file");
        assertThat(problem("[1, 2, 3]").getMessage()).startsWith("not a FollowUp notes file");
        assertThat(problem("{\"format\": \"followup-notes\"}").getMessage()).contains("\"version\" is missing");
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": \"1\"}").getMessage())
                .isEqualTo("version: expected a whole number from 1 to 2147483647, found the text \"1\"");
    }

    @Test
    void aLoneSurrogateEscapeIsReadAsAReplacementCharacterSoTheFileCanBeSavedAgain() throws Exception {
        var notes = reader.read("{\"format\": \"followup-notes\", \"version\": 1, \"position\": \"KAM \\ud800\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(notes.position()).isEqualTo("KAM \uFFFD");
        assertThat(reader.read(new NotesWriter().write(notes))).isEqualTo(notes);
    }

    @Test
    void emptyAndBinaryFilesAreRefused() {
        assertThat(problem("").getMessage()).contains("empty");
        assertThat(problem("  \n ").getMessage()).contains("empty");
        assertThat(problem(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff}).getMessage())
                .startsWith("broken JSON");
        assertThat(problem("{\"format\": \"followup-notes\", \"version\": 1} trailing").getMessage())
                .startsWith("broken JSON");
    }
}
