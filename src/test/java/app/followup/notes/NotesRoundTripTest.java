package app.followup.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.model.ApplicationState;
import app.followup.model.Notes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NotesRoundTripTest {
    private final NotesReader reader = new NotesReader();
    private final NotesWriter writer = new NotesWriter();

    static List<Path> samples() {
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
    void theFieldsAddedAfterTheFirstReleaseAreReadAndWrittenBack() throws Exception {
        String original = """
                {
                  "format": "followup-notes",
                  "version": 1,
                  "position": "KAM",
                  "status": {"state": "offer", "since": "2026-12-10"},
                  "rounds": [{
                    "date": "2026-11-26",
                    "participants": [{"name": "Per Olav Moe", "greetingName": "Per Olav"}],
                    "evidence": [{"kind": "references", "due": "2026-12-01", "delivered": "2026-11-30"}],
                    "nextStep": {"what": "Svar", "date": "2026-12-02", "owner": "employer", "who": "Per Olav"},
                    "milestones": [{"what": "Case", "date": "2026-12-05", "owner": "me", "id": "m-1"}],
                    "nudges": [{"sentOn": "2026-12-04", "subject": "Casen", "body": "Hei"}]
                  }]
                }
                """;
        Notes notes = reader.read(original.getBytes(StandardCharsets.UTF_8));
        assertThat(notes.status().state()).isEqualTo(ApplicationState.OFFER);
        var round = notes.rounds().get(0);
        assertThat(round.participants().get(0).greetingName()).isEqualTo("Per Olav");
        assertThat(round.evidence().get(0).due()).hasToString("2026-12-01");
        assertThat(round.evidence().get(0).delivered()).hasToString("2026-11-30");
        assertThat(round.nextStep().who()).isEqualTo("Per Olav");
        assertThat(round.milestones().get(0).id()).isEqualTo("m-1");
        assertThat(round.nudges()).singleElement().satisfies(n -> assertThat(n.subject()).isEqualTo("Casen"));
        byte[] written = writer.write(notes);
        assertThat(reader.read(written)).isEqualTo(notes);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"greetingName\": \"Per Olav\"",
                "\"due\": \"2026-12-01\"", "\"who\": \"Per Olav\"", "\"id\": \"m-1\"", "\"state\": \"offer\"",
                "\"sentOn\": \"2026-12-04\"");
    }

    @Test
    void aNewRoundStartsWithoutTheOldRoundsNextStepAndNudges() throws Exception {
        Notes notes = Samples.load(Samples.NORDLYS);
        Notes next = notes.withNewRound(LocalDate.parse("2026-12-03"), null);
        assertThat(notes.lastRound().nextStep()).isNotNull();
        assertThat(next.lastRound().nextStep()).isNull();
        assertThat(next.lastRound().nudges()).isEmpty();
        assertThat(next.lastRound().challenge()).isEqualTo(notes.lastRound().challenge());
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
