package app.followup.model;

/**
 * Someone from the employer's side (or a recruiter) who took part in the round. {@code greetingName} says how the
 * letter greets and names them when their given name(s) cannot be read off {@code name}.
 */
public record Participant(String name, String title, String organisation, String email, Role role,
                          Boolean addressee, String greetingName, Extras extras) {
    public Participant {
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Participant of(String name, String title, String email, Role role) {
        return new Participant(name, title, null, email, role, null, null, Extras.NONE);
    }

    public boolean isMarkedAddressee() {
        return Boolean.TRUE.equals(addressee);
    }

    public Participant withName(String value) {
        return new Participant(value, title, organisation, email, role, addressee, greetingName, extras);
    }

    public Participant withTitle(String value) {
        return new Participant(name, value, organisation, email, role, addressee, greetingName, extras);
    }

    public Participant withOrganisation(String value) {
        return new Participant(name, title, value, email, role, addressee, greetingName, extras);
    }

    public Participant withEmail(String value) {
        return new Participant(name, title, organisation, value, role, addressee, greetingName, extras);
    }

    public Participant withRole(Role value) {
        return new Participant(name, title, organisation, email, value, addressee, greetingName, extras);
    }

    public Participant withAddressee(Boolean value) {
        return new Participant(name, title, organisation, email, role, value, greetingName, extras);
    }

    public Participant withGreetingName(String value) {
        return new Participant(name, title, organisation, email, role, addressee, value, extras);
    }
}
