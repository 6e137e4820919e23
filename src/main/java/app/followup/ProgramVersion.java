package app.followup;

import java.util.Optional;

/** The version this build of FollowUp carries: the pom's version, written into the jar's manifest by the build. */
public final class ProgramVersion {
    private ProgramVersion() {
    }

    /** "0.1.0"; empty when run from the compiled classes (mvn javafx:run, tests), which have no manifest. */
    public static Optional<String> current() {
        return Optional.ofNullable(ProgramVersion.class.getPackage().getImplementationVersion());
    }
}
