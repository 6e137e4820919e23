package app.followup.model;

import java.util.List;

/** The sender of the letter. */
public record Candidate(String name, String email, String phone, List<String> address, Extras extras) {
    public static final Candidate EMPTY = new Candidate(null, null, null, List.of(), Extras.NONE);

    public Candidate {
        address = Lists.copy(address);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Candidate withName(String value) {
        return new Candidate(value, email, phone, address, extras);
    }

    public Candidate withEmail(String value) {
        return new Candidate(name, value, phone, address, extras);
    }

    public Candidate withPhone(String value) {
        return new Candidate(name, email, value, address, extras);
    }

    public Candidate withAddress(List<String> value) {
        return new Candidate(name, email, phone, value, extras);
    }

    public Candidate withExtras(Extras value) {
        return new Candidate(name, email, phone, address, value);
    }
}
