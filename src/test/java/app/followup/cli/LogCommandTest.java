package app.followup.cli;

import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.nudged;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.applications.Applications;
import app.followup.model.ApplicationState;
import app.followup.model.Employer;
import app.followup.model.Extras;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code log}: the job-search activity between two dates, as CSV and as a printable table. */
class LogCommandTest {
    @TempDir
    Path folder;

    @BeforeEach
    void applications() throws Exception {
        // Vestland: interview and letter on 12 November, interview on 26 November (letter not sent)
        Files.copy(Samples.VESTLAND, folder.resolve("vestland.followup.json"));
        // Nordlys: interview 26 November, letter sent that day, nudges on 30 November and 7 December; rejected
        save(folder.resolve("nordlys.followup.json"), Applications.closed(
                nudged(employerStep(sent(), "2026-11-27"), "2026-11-30", "2026-12-07"), ApplicationState.REJECTED)
                .withEmployer(new Employer("Nordlys \"Software\", AS", List.of(), Extras.NONE)));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void interviewsLettersAndNudgesWithinTheRangeBothDaysIncluded() throws Exception {
        CliTest.Run run = CliTest.run("log", folder.toString(), "--from", "2026-11-12", "--to", "2026-11-30");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("date,employer,position,activity,contacts,outcome\r\n");
        List<CSVRecord> rows = parse(run.out());
        assertThat(rows).extracting(r -> r.get("date") + " " + r.get("activity") + " " + r.get("outcome"))
                .containsExactly(
                        "2026-11-12 interview active",
                        "2026-11-12 letter-sent active",
                        "2026-11-26 interview rejected",
                        "2026-11-26 letter-sent rejected",
                        "2026-11-26 interview active",
                        "2026-11-30 nudge-sent rejected");
        CSVRecord nudge = rows.get(5);
        assertThat(nudge.get("employer")).isEqualTo("Nordlys \"Software\", AS");
        assertThat(nudge.get("position")).isEqualTo("Key Account Manager");
        assertThat(nudge.get("contacts")).isEqualTo("Ola Hansen");
        assertThat(rows.get(2).get("contacts")).isEqualTo("Ola Hansen, Eva Berg, Per Li (Rekrutt AS)");
    }

    @Test
    void csvAndPdfFilesWithNorwegianOrEnglishHeadings() throws Exception {
        Path csv = folder.resolve("november.csv");
        Path pdf = folder.resolve("november.pdf");
        CliTest.Run run = CliTest.run("log", folder.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--csv", csv.toString(), "--pdf", pdf.toString(), "--lang", "nb");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(parse(Files.readString(csv, StandardCharsets.UTF_8))).hasSize(6);
        assertThat(pdfText(pdf)).contains("Aktivitetslogg", "Arbeidsgiver", "Kontaktperson(er)", "12.11.2026",
                "Påminnelse sendt", "Avslag", "6 aktiviteter");

        CliTest.run("log", folder.toString(), "--from", "2026-11-01", "--to", "2026-11-30", "--pdf", pdf.toString(),
                "--lang", "en");
        assertThat(pdfText(pdf)).contains("Job-search activity", "Employer", "Contact person(s)", "12/11/2026",
                "Nudge sent", "Rejected");
    }

    @Test
    void aRangeWithNothingInItGivesTheHeaderOnly() {
        CliTest.Run run = CliTest.run("log", folder.toString(), "--from", "2026-10-01", "--to", "2026-10-31");
        assertThat(run.out()).isEqualTo("date,employer,position,activity,contacts,outcome\r\n");
    }

    @Test
    void fromAfterToIsUnusableAndWritesNothing() {
        Path csv = folder.resolve("out.csv");
        CliTest.Run run = CliTest.run("log", folder.toString(), "--from", "2026-12-01", "--to", "2026-11-01",
                "--csv", csv.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(csv).doesNotExist();
    }

    @Test
    void aBrokenFileIsNamedAndNoFileIsWritten() throws Exception {
        Files.writeString(folder.resolve("broken.followup.json"), "[]");
        Path csv = folder.resolve("out.csv");
        CliTest.Run run = CliTest.run("log", folder.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--csv", csv.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(folder.resolve("broken.followup.json") + ": ");
        assertThat(csv).doesNotExist();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
