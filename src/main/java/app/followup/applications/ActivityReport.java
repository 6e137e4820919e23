package app.followup.applications;

import app.followup.letter.Texts;
import app.followup.model.Language;
import app.followup.pdf.ActivityReportPdf;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The activity between two days as the printable report: the same rows as the CSV, in words of a language. */
public final class ActivityReport {
    private ActivityReport() {
    }

    public static ActivityReportPdf.Report of(List<Application> applications, List<Activity> rows, LocalDate from,
                                              LocalDate to, Language language) {
        List<ActivityReportPdf.Row> pdfRows = rows.stream()
                .map(a -> new ActivityReportPdf.Row(a.date(), a.employer(), a.position(), a.kind().code(),
                        a.contacts(), a.outcome().code()))
                .toList();
        return new ActivityReportPdf.Report(language, candidate(applications), from, to, pdfRows);
    }

    /** The candidate named in most of the files: the report is one person's. */
    static String candidate(List<Application> applications) {
        Map<String, Long> counts = applications.stream()
                .map(a -> Texts.inline(a.notes().candidate().name()))
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
