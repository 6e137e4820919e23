package app.followup.cli;

import static app.followup.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, classes 11, 12 and 14: numbers kept as written, unusable values refused, terminals left alone. */
class HostileInputTest {
    @TempDir
    Path folder;

    /** The sample with one text replaced, as a tester edits a file by hand. */
    private Path sampleWith(String from, String to) throws Exception {
        String json = Files.readString(Samples.NORDLYS);
        assertThat(json).contains(from);
        return Files.writeString(folder.resolve("notes.json"), json.replaceFirst(Pattern.quote(from),
                Matcher.quoteReplacement(to)));
    }

    @Test
    void numbersInUnknownFieldsAreWrittenBackExactlyAsWritten() throws Exception {
        String numbers = "\"x-numbers\": [1e5, 2.5E-3, -0, 0.10, 1E+400, -1e-400, 12345678901234567890123, 1.0]";
        Path notes = sampleWith("\"format\": \"followup-notes\",", "\"format\": \"followup-notes\", " + numbers + ",");
        assertThat(run("new-round", notes.toString(), "--date", "2026-12-03").status()).isZero();
        assertThat(Files.readString(notes)).contains("\"x-numbers\": [\n    1e5,\n    2.5E-3,\n    -0,\n    0.10,\n"
                + "    1E+400,\n    -1e-400,\n    12345678901234567890123,\n    1.0\n  ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"interestFit\": 4|\"interestFit\": 1e999999999|private.interestFit: expected a whole number from 1 to 5, found the number 1e999999999",
        "\"interestFit\": 4|\"interestFit\": 4.0|private.interestFit: expected a whole number from 1 to 5, found the number 4.0",
        "\"interestFit\": 4|\"interestFit\": 99999999999999999999|private.interestFit: expected a whole number from 1 to 5, found 99999999999999999999",
        "\"date\": \"2026-11-26\"|\"date\": \"+300000000-01-01\"|rounds[0].date: expected a date from 0001-01-01 to 9999-12-31, found +300000000-01-01",
        "\"date\": \"2026-11-26\"|\"date\": \"-0001-01-01\"|rounds[0].date: expected a date from 0001-01-01 to 9999-12-31, found -0001-01-01"})
    void unusableNumbersAndDatesExitTwoWithOneLine(String from, String to, String message) throws Exception {
        Path notes = sampleWith(from, to);
        for (String[] args : new String[][] {{"render", notes.toString(), "--ics", folder.resolve("a.ics").toString()},
                {"check", notes.toString()}, {"new-round", notes.toString(), "--date", "2026-12-03"}}) {
            Run run = run(args);
            assertThat(run.status()).as(args[0]).isEqualTo(2);
            assertThat(run.err()).as(args[0]).isEqualTo(notes + ": " + message + "\n");
        }
        assertThat(folder.resolve("a.ics")).doesNotExist();
    }

    @Test
    void aNextStepInTheFarFutureOrTheLastDayOfTheCalendarIsHandled() throws Exception {
        Path far = sampleWith("\"date\": \"2026-11-26\"", "\"date\": \"2026-11-26\", \"x\": 1");
        Run farDate = run("new-round", far.toString(), "--date", "+300000000-01-01");
        assertThat(farDate.status()).isEqualTo(2);
        assertThat(farDate.err()).contains("expected a date from 0001-01-01 to 9999-12-31").doesNotContain("\n ");

        String json = Files.readString(Samples.NORDLYS);
        Path last = Files.writeString(folder.resolve("last.json"), json.replaceAll("\"date\": \"2026-1[12]-\\d\\d\"",
                "\"date\": \"9999-12-31\""));
        Path ics = folder.resolve("last.ics");
        Run run = run("render", last.toString(), "--today", "9999-12-31", "--ics", ics.toString(), "--pdf",
                folder.resolve("last.pdf").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(ics)).contains("DTSTART;VALUE=DATE:99991231").doesNotContain("DTEND");
    }

    @Test
    void escapeSequencesInAnEditedLetterAreShownNotObeyedOnStandardOutput() throws Exception {
        Path notes = sampleWith("\"letter\": null", "\"letter\": {\"subject\": \"Hei\\u001b]0;owned\\u0007\", "
                + "\"body\": \"Hei,\\n\\u001b[2J\\u001b[31mrødt\\u009b31m\\n\\tinnrykk\"}");
        Run run = run("render", notes.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
                .contains("␛[2J␛[31mrødt").contains("innrykk");
        Path text = folder.resolve("letter.txt");
        assertThat(run("render", notes.toString(), "--text", text.toString()).status()).isZero();
        assertThat(Files.readString(text)).as("the file keeps the letter as edited").contains("\u001b[31mrødt");
    }
}
