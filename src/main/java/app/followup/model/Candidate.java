package app.followup.model;

import java.util.List;

/** The sender of the letter. */
public record Candidate(String name, String email, String phone, List<String> address, Extras extras) {
    public static final Candidate EMPTY = new Candidate(null, null, null, List.of(), Extras.NONE);

    public Candidate {
        address = Lists.copy(address);
        extras = extras == null ? Extras.NONE : extras;
    }
}
