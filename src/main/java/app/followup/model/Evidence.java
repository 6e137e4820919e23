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

    public static Evidence of(EvidenceKind kind, String detail) {
        return new Evidence(kind, detail, null, null, Extras.NONE);
    }

    public boolean isDelivered() {
        return delivered != null;
    }

    public Evidence withKind(EvidenceKind value) {
        return new Evidence(value, detail, due, delivered, extras);
    }

    public Evidence withDetail(String value) {
        return new Evidence(kind, value, due, delivered, extras);
    }

    public Evidence withDue(LocalDate value) {
        return new Evidence(kind, detail, value, delivered, extras);
    }

    public Evidence withDelivered(LocalDate value) {
        return new Evidence(kind, detail, due, value, extras);
    }
}
