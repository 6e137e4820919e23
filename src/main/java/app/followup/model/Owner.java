package app.followup.model;

/** Who owns a step: the method wants the candidate to own the next one. */
public enum Owner {
    ME("me"),
    EMPLOYER("employer");

    private final String code;

    Owner(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Owner fromCode(String code) {
        return Codes.find(values(), Owner::code, code);
    }
}
