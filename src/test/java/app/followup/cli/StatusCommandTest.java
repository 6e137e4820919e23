package app.followup.cli;

import static app.followup.applications.Applications.employerStep;
import static app.followup.applications.Applications.evidence;
import static app.followup.applications.Applications.myStep;
import static app.followup.applications.Applications.nudged;
import static app.followup.applications.Applications.save;
import static app.followup.applications.Applications.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.applications.Applications;
import app.followup.model.ApplicationState;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} on a folder of applications in every stage, on Wednesday 2 December 2026, as the contract's
 * section 3 describes it.
 */
class StatusCommandTest {
    private static final String TODAY = "2026-12-02";

    @TempDir
    Path folder;

    @BeforeEach
    void applicationsInEveryStage() throws Exception {
        Notes interviewedMonday = Applications.change(Samples.load(Samples.NORDLYS),
                round -> round.withDate(LocalDate.parse("2026-11-30")));
        save(folder.resolve("a-letter.followup.json"), myStep(interviewedMonday, "2026-12-10"));
        save(folder.resolve("b-my-step.followup.json"), myStep(sent(), "2026-12-04")
                .withEmployer(new Employer("Sandvik Trelast AS", List.of(), Extras.NONE)));
        save(folder.resolve("c-evidence.followup.json"),
                myStep(evidence(evidence(sent(), "2026-11-29", "2026-11-29"), "2026-12-03", null), "2026-12-20"));
        save(folder.resolve("d-awaiting.followup.json"), employerStep(sent(), "2026-12-07"));
        save(folder.resolve("e-nudge.followup.json"), employerStep(sent(), "2026-11-30"));
        save(folder.resolve("f-quiet.followup.json"),
                nudged(employerStep(sent(), "2026-11-20"), "2026-11-23", "2026-11-30"));
        save(folder.resolve("g-nothing.followup.json"), sent());
        save(folder.resolve("h-closed.followup.json"),
                Applications.closed(myStep(sent(), "2026-12-01"), ApplicationState.REJECTED));
        Files.writeString(folder.resolve("notes.txt"), "not a notes file, not read");
        Files.createDirectories(folder.resolve("old"));
        save(folder.resolve("old").resolve("z-archived.followup.json"), sent());
    }

    private List<String> lines(CliTest.Run run) {
        return run.out().lines().toList();
    }

    private String row(String due, String what, String round, String file) {
        String employer = file.startsWith("b-") ? "Sandvik Trelast AS" : "Nordlys Software AS";
        return String.join("\t", due, what, employer, "Key Account Manager", round, folder.resolve(file).toString());
    }

    @Test
    void everyActiveApplicationsMostUrgentItemEarliestFirstTiesByFileName() {
        CliTest.Run run = CliTest.run("status", folder.toString(), "--today", TODAY);
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(lines(run)).containsExactly(
                row("2026-12-01", "letter-due", "1", "a-letter.followup.json"),
                row("2026-12-01", "nudge-due", "1", "e-nudge.followup.json"),
                row("-", "no-next-step", "1", "g-nothing.followup.json"),
                row("2026-12-03", "evidence-due", "1", "c-evidence.followup.json"),
                row("2026-12-04", "my-step", "1", "b-my-step.followup.json"),
                row("2026-12-07", "awaiting-employer", "1", "d-awaiting.followup.json"),
                row("2026-12-07", "gone-quiet", "1", "f-quiet.followup.json"));
    }

    @Test
    void allListsTheClosedApplicationsTooAsDueToday() {
        CliTest.Run run = CliTest.run("status", folder.toString(), "--today", TODAY, "--all");
        assertThat(lines(run)).hasSize(8);
        assertThat(lines(run).get(2)).isEqualTo(row("-", "no-next-step", "1", "g-nothing.followup.json"));
        assertThat(lines(run).get(3)).isEqualTo(row("-", "closed", "1", "h-closed.followup.json"));
    }

    @Test
    void aBrokenFileIsReportedByNameAndTheOthersAreStillListed() throws Exception {
        Files.writeString(folder.resolve("broken.followup.json"), "{ \"format\": \"followup-notes\", ");
        Path ics = folder.resolve("all.ics");
        CliTest.Run run = CliTest.run("status", folder.toString(), "--today", TODAY, "--ics", ics.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(lines(run)).hasSize(7);
        assertThat(run.err().lines().toList().get(0))
                .startsWith(folder.resolve("broken.followup.json") + ": ")
                .contains("line 1");
        assertThat(ics).doesNotExist();
    }

    @Test
    void filesGivenByNameCountWhateverTheyAreCalledAndAMissingOneIsReported() throws Exception {
        Path odd = save(folder.resolve("old").resolve("kept.json"), myStep(sent(), "2026-12-24"));
        CliTest.Run run = CliTest.run("status", folder.resolve("b-my-step.followup.json").toString(),
                odd.toString(), folder.resolve("gone.followup.json").toString(), "--today", TODAY);
        assertThat(run.status()).isEqualTo(2);
        assertThat(lines(run)).extracting(line -> line.split("\t")[0]).containsExactly("2026-12-04", "2026-12-24");
        assertThat(run.err()).startsWith(folder.resolve("gone.followup.json") + ": no such file");
    }

    @Test
    void oneCalendarWithEveryDatedItemAndTheSameEventIdsAsRender() throws Exception {
        Path ics = folder.resolve("all.ics");
        CliTest.Run run = CliTest.run("status", folder.toString(), "--today", TODAY, "--ics", ics.toString());
        assertThat(run.status()).isZero();
        ICalendar calendar = Biweekly.parse(ics.toFile()).first();
        List<String> summaries = calendar.getEvents().stream().map(e -> e.getSummary().getValue()).toList();
        assertThat(summaries).contains(
                "Send oppfølgingsbrevet til Nordlys Software AS",
                "Lever til Nordlys Software AS: To referanser",
                "Nordlys Software AS: Ola gir beskjed om neste runde",
                "Følg opp Nordlys Software AS: Ola gir beskjed om neste runde",
                "Avslutt ryddig med Nordlys Software AS");
        // a: letter, the sample's two pieces of evidence, step; b: step; c: evidence (the delivered one left out)
        // and step; d, e, f: one each; g: nothing dated
        assertThat(calendar.getEvents()).hasSize(10);

        Path rendered = folder.resolve("one.ics");
        CliTest.run("render", folder.resolve("b-my-step.followup.json").toString(), "--ics", rendered.toString());
        VEvent step = Biweekly.parse(rendered.toFile()).first().getEvents().get(0);
        assertThat(calendar.getEvents()).filteredOn(e -> e.getUid().getValue().equals(step.getUid().getValue()))
                .singleElement()
                .satisfies(e -> assertThat(e.getSummary().getValue()).isEqualTo(step.getSummary().getValue()));
    }

    @Test
    void milestonesKeepTheSameEventIdsAsRenderGivesThem() throws Exception {
        Path sample = folder.resolve("vestland.followup.json");
        Files.copy(Path.of("samples/vestland-energi-salgssjef.followup.json"), sample);
        Path all = folder.resolve("all.ics");
        Path one = folder.resolve("one.ics");
        CliTest.run("status", sample.toString(), "--today", "2026-11-26", "--ics", all.toString());
        CliTest.run("render", sample.toString(), "--today", "2026-11-26", "--ics", one.toString());
        List<String> statusIds = Biweekly.parse(all.toFile()).first().getEvents().stream()
                .map(e -> e.getUid().getValue()).toList();
        List<String> renderIds = Biweekly.parse(one.toFile()).first().getEvents().stream()
                .map(e -> e.getUid().getValue()).toList();
        assertThat(renderIds).hasSize(3);
        assertThat(statusIds).containsAll(renderIds);
    }

    @Test
    void theCalendarNeverReplacesANotesFile() {
        Path notes = folder.resolve("b-my-step.followup.json");
        CliTest.Run run = CliTest.run("status", folder.toString(), "--today", TODAY, "--ics", notes.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(Samples.load(notes).rounds()).hasSize(1);
    }
}
