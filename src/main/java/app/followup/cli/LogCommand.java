package app.followup.cli;

import app.followup.applications.Activity;
import app.followup.applications.ActivityCsv;
import app.followup.applications.ActivityLog;
import app.followup.applications.ActivityReport;
import app.followup.applications.Scan;
import app.followup.model.Language;
import app.followup.pdf.ActivityReportPdf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"The job-search activity between two dates, both included: every interview, letter sent"
                + " and nudge sent, for a report such as NAV asks for.",
            "CSV columns: date,employer,position,activity,contacts,outcome. With no output option, the CSV on"
                + " standard output."})
final class LogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ApplicationsInput input;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD",
            converter = NotesInput.DateConverter.class, description = "the first day of the report")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
            converter = NotesInput.DateConverter.class, description = "the last day of the report")
    LocalDate to;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "the report as CSV (UTF-8, with a header row)")
    Path csv;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "the report as a printable table")
    Path pdf;

    @Option(names = "--lang", paramLabel = "nb|en", converter = CheckCommand.LanguageConverter.class,
            description = "the language of the PDF's headings and words (default: the system's, else English)")
    Language lang;

    @Override
    public Integer call() {
        if (from.isAfter(to)) {
            throw new UsageException("followup log: --from " + from + " is after --to " + to);
        }
        Language language = language();
        Scan scan = input.scan();
        List<Activity> rows = ActivityLog.between(scan.applications(), from, to);
        PrintWriter err = spec.commandLine().getErr();
        if (csv == null && pdf == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(ActivityCsv.text(rows));
            out.flush();
            return ApplicationsInput.reportUnreadable(scan, err) ? Cli.USAGE : Cli.OK;
        }
        OutputFiles outputs = new OutputFiles(ApplicationsInput.inputFiles(scan));
        if (csv != null) {
            outputs.add("--csv", csv, ActivityCsv.bytes(rows));
        }
        if (pdf != null) {
            outputs.add("--pdf", pdf, new ActivityReportPdf().render(
                    ActivityReport.of(scan.applications(), rows, from, to, language)));
        }
        if (ApplicationsInput.reportUnreadable(scan, err)) {
            err.println("followup log: nothing written, since a notes file could not be read");
            return Cli.USAGE;
        }
        outputs.writeAll();
        return Cli.OK;
    }

    /** The report is the user's own: by default in the system's language, Norwegian for nb, nn and no. */
    private Language language() {
        if (lang != null) {
            return lang;
        }
        String system = Locale.getDefault().getLanguage();
        return system.equals("nb") || system.equals("nn") || system.equals("no") ? Language.NB : Language.EN;
    }

}
