package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.Notes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NotesRoundTripTest {
    private final NotesReader reader = new NotesReader();
    private final NotesWriter writer = new NotesWriter();

    static java.util.List<Path> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadsWritesAndReadsBackToTheSameNotes(Path sample) throws Exception {
        Notes notes = Samples.load(sample);
        byte[] written = writer.write(notes);
        assertThat(reader.read(written)).isEqualTo(notes);
        assertThat(writer.write(reader.read(written))).as("a second save changes nothing").isEqualTo(written);
    }

    @Test
    void unknownFieldsAtEveryLevelAreWrittenBackUnchanged() throws Exception {
        String original = Samples.resource("notes/unknown-fields.followup.json");
        String written = new String(writer.write(reader.read(original.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
        for (String kept : new String[] {
            "\"futureTop\": {\n    \"nested\": [\n      1,\n      2.50,\n      \"x\"\n    ]\n  }",
            "\"pronouns\": \"hun\"", "\"linkedIn\": \"https://example.no/kari\"", "\"orgNumber\": \"912345678\"",
            "\"shareWithCoach\": false", "\"durationMinutes\": 45", "\"linkedin\": null", "\"confidence\": 0.8",
            "\"verified\": true", "\"reminderSent\": \"2026-11-30\"", "\"source\": \"Ola\"", "\"draft\": 3",
            "\"bigNumber\": 123456789012345678901234567890", "\"exact\": 1.10"}) {
            assertThat(written).contains(kept);
        }
    }

    @Test
    void writesStableKeyOrderPrettyPrintedUtf8() throws Exception {
        String written = new String(writer.write(Samples.load(Samples.NORDLYS)), StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n  \"format\": \"followup-notes\",\n  \"version\": 1,\n  \"language\": \"nb\",\n"
                + "  \"candidate\": {\n    \"name\": \"Kari Nordmann\",");
        assertThat(written).contains("\"Lite oppfølging av de største partnerne\"").doesNotContain("\\u00");
        assertThat(written.indexOf("\"employer\"")).isLessThan(written.indexOf("\"position\""));
        assertThat(written.indexOf("\"position\"")).isLessThan(written.indexOf("\"private\""));
        assertThat(written.indexOf("\"private\"")).isLessThan(written.indexOf("\"rounds\""));
        assertThat(written).contains("\"letter\": null").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aMinimalFileReadsWithEverythingElseEmpty() throws Exception {
        Notes notes = reader.read("""
                {"format": "followup-notes", "version": 1, "rounds": [{"date": "2026-11-26"}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(notes.rounds()).hasSize(1);
        assertThat(notes.candidate().name()).isNull();
        assertThat(notes.rounds().get(0).participants()).isEmpty();
        assertThat(reader.read(writer.write(notes))).isEqualTo(notes);
    }

    @Test
    void nullValuesCountAsMissing() throws Exception {
        Notes notes = reader.read("""
                {"format": "followup-notes", "version": 1, "language": null, "candidate": null, "position": null,
                 "rounds": [{"date": "2026-11-26", "causes": null, "nextStep": null, "letter": null}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(notes.language()).isNull();
        assertThat(notes.rounds().get(0).causes()).isEmpty();
    }
}
