package app.followup.model;

/** A participant's part in the hiring process, as the method names it. */
public enum Role {
    SPONSOR("sponsor"),
    GATEKEEPER("gatekeeper"),
    RECRUITER("recruiter"),
    DECISION_MAKER("decision-maker"),
    OTHER("other");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Role fromCode(String code) {
        return Codes.find(values(), Role::code, code);
    }
}
