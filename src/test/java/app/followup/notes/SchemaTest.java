package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** docs/notes.schema.json describes the files FollowUp reads and writes. */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(Path.of("docs/notes.schema.json").toFile()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValid(Path sample) throws Exception {
        Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(sample.toFile()));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whatFollowUpWritesIsValid(Path sample) throws Exception {
        JsonNode written = JSON.readTree(new NotesWriter().write(Samples.load(sample)));
        assertThat(SCHEMA.validate(written)).isEmpty();
    }

    @Test
    void theSchemaCatchesWhatTheReaderRefuses() throws Exception {
        JsonNode bad = JSON.readTree("{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{\"stage\": \"ceo\"}]}");
        assertThat(SCHEMA.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Files.exists(Path.of("docs/notes-format.md"))).as("the schema has its user documentation").isTrue();
    }
}
