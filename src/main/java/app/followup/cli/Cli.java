package app.followup.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import app.followup.userfiles.TemplateException;
import app.followup.pdf.LetterPdf;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Runs a command without the window. Exit status as the contract says: 0 done, 1 advice with an ERROR,
 * 2 unusable input or arguments (one line on stderr, nothing written), 3 a bug in FollowUp.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("render")
                && (Arrays.asList(args).contains("--pdf") || Arrays.asList(args).contains("--eml")))) {
            // the PDF's fonts load on the second core while arguments are parsed and the letter is composed (check
            // lays the letter out to count its pages)
            LetterPdf.preload();
        }
        ScanAhead scanAhead = ScanAhead.start(args);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = FollowUpCommand.commandLine(args);
        if (scanAhead != null) {
            readsApplications(commandLine, args[0]).readAhead(scanAhead);
        }
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            errWriter.println("followup: " + oneLine(e.getMessage()) + " (see 'followup --help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, ignored) -> {
            if (e instanceof UsageException usage) {
                errWriter.println(usage.getMessage());
                return USAGE;
            }
            if (e instanceof TemplateException template) {
                // the user's own template: their input, not a bug of FollowUp
                errWriter.println("followup: " + oneLine(template.getMessage()));
                return USAGE;
            }
            errWriter.println("followup: internal error, please report it: " + oneLine(String.valueOf(e)));
            return INTERNAL;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // notes files are limited in size before they are read; this is the last guard, one line not a trace
            errWriter.println("followup: not enough memory for this input; give Java more with -Xmx, or check the file");
            status = USAGE;
        }
        outWriter.flush();
        errWriter.flush();
        return status;
    }

    /** The folders and files of the {@code status} or {@code log} command the arguments name. */
    private static ApplicationsInput readsApplications(CommandLine commandLine, String name) {
        Object command = commandLine.getSubcommands().get(name).getCommand();
        return command instanceof StatusCommand status ? status.input : ((LogCommand) command).input;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
