package app.followup.model;

import java.time.LocalDate;

/**
 * Proof the employer asked for: references, certificates, results, a test, a case... {@code due} is the day the
 * candidate promised it; {@code delivered} the day it went out, after which the letter no longer promises it.
 */
public record Evidence(EvidenceKind kind, String detail, LocalDate due, LocalDate delivered, Extras extras) {
    public Evidence {
        extras = extras == null ? Extras.NONE : extras;
    }

    public Evidence(EvidenceKind kind, String detail, Extras extras) {
        this(kind, detail, null, null, extras);
    }

    public boolean isDelivered() {
        return delivered != null;
    }

    public Evidence withDue(LocalDate value) {
        return new Evidence(kind, detail, value, delivered, extras);
    }

    public Evidence withDelivered(LocalDate value) {
        return new Evidence(kind, detail, due, value, extras);
    }
}
