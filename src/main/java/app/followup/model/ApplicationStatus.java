package app.followup.model;

import java.time.LocalDate;

/** The application's state and the day it took it; a file without one is active. */
public record ApplicationStatus(ApplicationState state, LocalDate since, Extras extras) {
    public static final ApplicationStatus ACTIVE = new ApplicationStatus(ApplicationState.ACTIVE, null, Extras.NONE);

    public ApplicationStatus {
        extras = extras == null ? Extras.NONE : extras;
    }

    public ApplicationState stateOrDefault() {
        return state == null ? ApplicationState.ACTIVE : state;
    }

    public boolean isActive() {
        return stateOrDefault() == ApplicationState.ACTIVE;
    }
}
