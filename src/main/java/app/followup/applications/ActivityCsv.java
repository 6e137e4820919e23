package app.followup.applications;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The activity report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where they need it), UTF-8
 * without a byte-order mark, with the header row {@code date,employer,position,activity,contacts,outcome}.
 */
public final class ActivityCsv {
    private ActivityCsv() {
    }

    public static String text(List<Activity> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(ActivityLog.HEADER);
            for (Activity row : rows) {
                printer.printRecord(row.csvRow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    public static byte[] bytes(List<Activity> rows) {
        return text(rows).getBytes(StandardCharsets.UTF_8);
    }
}
