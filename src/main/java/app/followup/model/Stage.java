package app.followup.model;

/** Which letter a round calls for: decision-maker letters add the progress plan. */
public enum Stage {
    SPONSOR("sponsor"),
    DECISION_MAKER("decision-maker");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Stage fromCode(String code) {
        return Codes.find(values(), Stage::code, code);
    }
}
