package app.followup.model;

public record Participant(String name, String title, String organisation, String email, Role role,
                          Boolean addressee, Extras extras) {
    public Participant {
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Participant of(String name, String title, String email, Role role) {
        return new Participant(name, title, null, email, role, null, Extras.NONE);
    }

    public boolean isMarkedAddressee() {
        return Boolean.TRUE.equals(addressee);
    }
}
