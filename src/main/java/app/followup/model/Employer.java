package app.followup.model;

import java.util.List;

public record Employer(String name, List<String> address, Extras extras) {
    public static final Employer EMPTY = new Employer(null, List.of(), Extras.NONE);

    public Employer {
        address = Lists.copy(address);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Employer withName(String value) {
        return new Employer(value, address, extras);
    }

    public Employer withAddress(List<String> value) {
        return new Employer(name, value, extras);
    }
}
