package app.followup.applications;

import java.util.List;

/** What a look through the folders found: the applications read, in file-name order, and the files that failed. */
public record Scan(List<Application> applications, List<Unreadable> unreadable) {
    public Scan {
        applications = List.copyOf(applications);
        unreadable = List.copyOf(unreadable);
    }
}
