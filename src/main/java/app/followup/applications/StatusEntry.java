package app.followup.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of {@code status}: an application and its most urgent item. */
public record StatusEntry(Application application, DueItem item) {

    /**
     * The applications' most urgent items, earliest due first (an undated item as if due today), ties by file
     * name; only the active applications unless {@code all}.
     */
    public static List<StatusEntry> of(List<Application> applications, LocalDate today, boolean all) {
        Agenda agenda = new Agenda(today);
        List<Application> listed = applications.stream()
                .filter(application -> all || application.notes().status().isActive())
                .toList();
        List<StatusEntry> entries = new ArrayList<>(TwoHalves.map(listed,
                application -> new StatusEntry(application, agenda.mostUrgent(application)), true));
        entries.sort(Comparator.comparing((StatusEntry e) -> e.item().dueOr(today))
                .thenComparing(e -> e.application().fileName())
                .thenComparing(e -> e.application().file().toString()));
        return List.copyOf(entries);
    }
}
