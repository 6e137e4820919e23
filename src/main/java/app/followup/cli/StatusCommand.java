package app.followup.cli;

import app.followup.applications.Agenda;
import app.followup.applications.Application;
import app.followup.applications.CalendarEntries;
import app.followup.applications.Scan;
import app.followup.applications.StatusEntry;
import app.followup.mail.Reminders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Every application at a glance: one line per active application with its most urgent item,"
                + " earliest first, as tab-separated columns: due, what, employer, position, round, file.",
            "what is one of letter-due, my-step, evidence-due, awaiting-employer, nudge-due, gone-quiet,"
                + " no-next-step, closed."})
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ApplicationsInput input;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = NotesInput.DateConverter.class,
            description = "the date to measure what is due against (default: today)")
    LocalDate today;

    @Option(names = "--all", description = "also the applications that are closed (offer, accepted, declined, ...)")
    boolean all;

    @Option(names = "--ics", paramLabel = "OUT.ics",
            description = "one calendar with every dated item of every application listed")
    Path ics;

    @Override
    public Integer call() {
        LocalDate day = today == null ? LocalDate.now() : today;
        Scan scan = input.scan();
        List<StatusEntry> entries = StatusEntry.of(scan.applications(), day, all);
        OutputFiles outputs = new OutputFiles(ApplicationsInput.inputFiles(scan));
        if (ics != null) {
            List<Application> listed = entries.stream().map(StatusEntry::application).toList();
            outputs.add("--ics", ics, new Reminders().write(CalendarEntries.of(listed, new Agenda(day))));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (StatusEntry entry : entries) {
            out.print(line(entry));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (ApplicationsInput.reportUnreadable(scan, err)) {
            if (ics != null) {
                err.println(ics + ": not written, since a notes file could not be read");
            }
            return Cli.USAGE;
        }
        outputs.writeAll();
        return Cli.OK;
    }

    static String line(StatusEntry entry) {
        Application application = entry.application();
        return String.join("\t",
                entry.item().due() == null ? "-" : entry.item().due().toString(),
                entry.item().what().code(),
                application.employer(),
                application.position(),
                application.roundNumber() == 0 ? "-" : Integer.toString(application.roundNumber()),
                application.file().toString()) + "\n";
    }
}
