package app.followup.model;

/** Proof the employer asked for: references, certificates, results, a test, a case... */
public record Evidence(EvidenceKind kind, String detail, Extras extras) {
    public Evidence {
        extras = extras == null ? Extras.NONE : extras;
    }
}
