package app.followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as the contract describes it, run in-process. */
class CliTest {
    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void renderWithoutOutputsPrintsTheEmailText() {
        Run run = run("render", Samples.NORDLYS.toString(), "--today", "2026-11-26");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(Samples.resource("golden/nb-sponsor.txt"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void renderWritesPdfAndTextFiles() throws Exception {
        Path pdf = folder.resolve("letter.pdf");
        Path text = folder.resolve("letter.txt");
        Run run = run("render", Samples.VESTLAND.toString(), "--round", "2", "--today", "2026-11-26",
                "--pdf", pdf.toString(), "--text", text.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(text)).isEqualTo(Samples.resource("golden/nb-decision-maker.txt"));
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Hei Anders,");
        }
    }

    @Test
    void roundOneOfTwoUsesTheEditedLetter() {
        Run run = run("render", Samples.VESTLAND.toString(), "--round", "1");
        assertThat(run.out()).isEqualTo(Samples.resource("golden/nb-sponsor-edited.txt"));
    }

    @Test
    void newRoundAppendsACopyOfTheLastRoundAndKeepsABackup() throws Exception {
        Path notes = folder.resolve("nordlys.followup.json");
        Files.copy(Samples.NORDLYS, notes);
        byte[] before = Files.readAllBytes(notes);
        Run run = run("new-round", notes.toString(), "--date", "2026-12-03", "--stage", "decision-maker");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("round 2");
        assertThat(Files.readAllBytes(folder.resolve("nordlys.followup.json.bak"))).isEqualTo(before);
        var rounds = Samples.load(notes).rounds();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(1).date()).hasToString("2026-12-03");
        assertThat(rounds.get(1).stage().code()).isEqualTo("decision-maker");
        assertThat(rounds.get(1).challenge()).isEqualTo(rounds.get(0).challenge());
        assertThat(rounds.get(1).privateNotes()).isNull();
        assertThat(rounds.get(1).letter()).isNull();
    }

    @Test
    void newRoundKeepsUnknownFields() throws Exception {
        Path notes = folder.resolve("future.json");
        Files.writeString(notes, Samples.resource("notes/unknown-fields.followup.json"));
        assertThat(run("new-round", notes.toString(), "--date", "2026-12-03").status()).isZero();
        String saved = Files.readString(notes);
        assertThat(saved).contains("\"futureTop\"").contains("\"pronouns\": \"hun\"");
        assertThat(saved.split("\"durationMinutes\": 45", -1)).as("copied into the new round too").hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken", "wrong-type", "newer", "other-format", "empty", "binary", "no-rounds"})
    void unusableFilesExitWithTwoOneLineAndWriteNothing(String kind) throws Exception {
        Path notes = folder.resolve(kind + ".json");
        switch (kind) {
            case "broken" -> Files.writeString(notes, "{\n  \"format\": \"followup-notes\",\n  \"version\": 1,,\n}");
            case "wrong-type" -> Files.writeString(notes, "{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": 3}");
            case "newer" -> Files.writeString(notes, "{\"format\": \"followup-notes\", \"version\": 2, \"rounds\": []}");
            case "other-format" -> Files.writeString(notes, "{\"format\": \"cv\", \"version\": 1}");
            case "empty" -> Files.writeString(notes, "");
            case "binary" -> Files.write(notes, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe});
            default -> Files.writeString(notes, "{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": []}");
        }
        byte[] before = Files.readAllBytes(notes);
        Path pdf = folder.resolve("out.pdf");
        Path text = folder.resolve("out.txt");
        Run render = run("render", notes.toString(), "--pdf", pdf.toString(), "--text", text.toString());
        assertThat(render.status()).isEqualTo(2);
        assertThat(render.err()).startsWith(notes + ": ").endsWith("\n");
        assertThat(render.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(pdf).doesNotExist();
        assertThat(text).doesNotExist();

        Run newRound = run("new-round", notes.toString(), "--date", "2026-12-01");
        assertThat(newRound.status()).isEqualTo(2);
        assertThat(Files.readAllBytes(notes)).as("never changed").isEqualTo(before);
        assertThat(folder.resolve(kind + ".json.bak")).doesNotExist();
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() throws Exception {
        Path notes = folder.resolve("broken.json");
        Files.writeString(notes, "{\n  \"format\": \"followup-notes\",\n  \"version\": 1,,\n}");
        assertThat(run("render", notes.toString()).err()).startsWith(notes + ": broken JSON at line 3, column 16:");
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() {
        for (String[] args : new String[][] {
            {"render", Samples.NORDLYS.toString(), "--round", "5"},
            {"render", Samples.NORDLYS.toString(), "--round", "zero"},
            {"render", Samples.NORDLYS.toString(), "--today", "26.11.2026"},
            {"render", folder.resolve("missing.json").toString()},
            {"render"},
            {"new-round", Samples.NORDLYS.toString()},
            {"new-round", Samples.NORDLYS.toString(), "--date", "2026-12-01", "--stage", "ceo"},
            {"render", Samples.NORDLYS.toString(), "--pdf", folder.resolve("no/such/dir/x.pdf").toString()},
            {"render", Samples.NORDLYS.toString(), "--text", Samples.NORDLYS.toString()},
            {"frobnicate"}}) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n");
        }
        assertThat(run("render", Samples.NORDLYS.toString(), "--round", "5").err())
                .isEqualTo(Samples.NORDLYS + ": there is no round 5; the file has 1 round\n");
    }

    @Test
    void whenOneOutputCannotBeWrittenNoneIs() {
        Path pdf = folder.resolve("letter.pdf");
        Run run = run("render", Samples.NORDLYS.toString(), "--pdf", pdf.toString(),
                "--text", folder.resolve("missing/letter.txt").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void hostileTextRendersToPdfAndTextWithAWarningNotACrash() throws Exception {
        String hostile = "😀 漢字 עברית e\\u0301 \\u0000\\u0007 tab\\there\\nline \\u200b {{x}} | - ";
        String huge = "ord ".repeat(5_000);
        Path notes = folder.resolve("hostile.json");
        Files.writeString(notes, """
                {"format": "followup-notes", "version": 1, "language": "nb",
                 "candidate": {"name": "%1$s", "address": ["%1$s"]}, "employer": {"name": "%1$s"},
                 "position": "%1$s",
                 "rounds": [{"date": "2026-11-26", "stage": "decision-maker",
                   "participants": [{"name": "%1$s", "email": "a@b.example", "title": "%2$s"}],
                   "challenge": "%2$s", "causes": ["%1$s", "%2$s"], "hiringVision": "%1$s",
                   "milestones": [{"what": "%1$s", "date": "2026-12-01", "owner": "me"}],
                   "nextStep": {"what": "%1$s", "date": "2026-12-01"},
                   "terminology": [{"theirs": "%1$s", "avoid": ["ord"]}]}]}
                """.formatted(hostile, huge));
        Path pdf = folder.resolve("hostile.pdf");
        Run run = run("render", notes.toString(), "--pdf", pdf.toString(), "--text", folder.resolve("h.txt").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("followup: warning: the PDF fonts have no glyph for U+");
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
    }

    @Test
    void checkPrintsAdviceLinesAndExitsOneOnAnError() throws Exception {
        Run clean = run("check", Samples.NORDLYS.toString(), "--today", "2026-11-26");
        assertThat(clean.status()).isZero();
        assertThat(clean.out()).matches("(?s)(INFO|WARN|ERROR) letter-due-today: .*\n");
        Path notes = folder.resolve("salary.json");
        Files.writeString(notes, Files.readString(Samples.NORDLYS).replace("\"letter\": null",
                "\"letter\": {\"subject\": \"Takk\", \"body\": \"Lønnskravet mitt er 850 000.\", \"sentOn\": null}"));
        Run salary = run("check", notes.toString(), "--today", "2026-11-30");
        assertThat(salary.status()).isEqualTo(1);
        assertThat(salary.out().lines()).allMatch(line -> line.matches("(ERROR|WARN|INFO) [a-z]+(-[a-z]+)*: .+"))
                .anyMatch(line -> line.startsWith("ERROR salary-mentioned: "))
                .anyMatch(line -> line.startsWith("ERROR private-leak: "))
                .anyMatch(line -> line.startsWith("WARN letter-overdue: "));
        assertThat(run("check", folder.resolve("missing.json").toString()).status()).isEqualTo(2);
    }

    @Test
    void renderWritesAnEmailDraftAndCalendarReminders() throws Exception {
        Path eml = folder.resolve("letter.eml");
        Path ics = folder.resolve("steps.ics");
        Run run = run("render", Samples.VESTLAND.toString(), "--today", "2026-11-26", "--eml", eml.toString(),
                "--ics", ics.toString());
        assertThat(run.status()).isZero();
        String draft = Files.readString(eml);
        assertThat(draft).contains("X-Unsent: 1").contains("To: Anders Vik <anders.vik@vestland-energi.example>")
                .contains("application/pdf");
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20261201");
    }

    @Test
    void twoHundredParticipantsAndHostileNamesGoThroughEveryOutput() throws Exception {
        StringBuilder participants = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            participants.append(i == 0 ? "" : ",").append("{\"name\": \"Deltaker ").append(i)
                    .append(" 😀 漢 \\u202eevil\\r\\nBcc: x@y.example\", \"email\": \"d").append(i)
                    .append("@firma.example\", \"role\": \"other\"}");
        }
        Path notes = folder.resolve("many.json");
        Files.writeString(notes, "{\"format\": \"followup-notes\", \"version\": 1, \"rounds\": [{\"date\": "
                + "\"2026-11-26\", \"participants\": [" + participants + "], \"nextStep\": {\"what\": \"Jeg ringer\", "
                + "\"date\": \"2026-12-01\"}}]}");
        Run run = run("render", notes.toString(), "--pdf", folder.resolve("m.pdf").toString(), "--text",
                folder.resolve("m.txt").toString(), "--eml", folder.resolve("m.eml").toString(), "--ics",
                folder.resolve("m.ics").toString());
        assertThat(run.status()).isZero();
        String eml = Files.readString(folder.resolve("m.eml"));
        assertThat(eml).doesNotContain("\nBcc:").contains("d199@firma.example");
        assertThat(run("check", notes.toString(), "--today", "2026-11-26").out()).contains("WARN glyph-missing: ");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("render").contains("check").contains("new-round");
        Run renderHelp = run("render", "--help");
        assertThat(renderHelp.out()).contains("--round").contains("--today").contains("--pdf").contains("--text")
                .contains("--eml").contains("--ics");
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("FollowUp ");
    }
}
