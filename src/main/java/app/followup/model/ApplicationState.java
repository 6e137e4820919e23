package app.followup.model;

/** Where an application stands; only an active one asks anything of the candidate. */
public enum ApplicationState {
    ACTIVE("active"),
    OFFER("offer"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    private final String code;

    ApplicationState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ApplicationState fromCode(String code) {
        return Codes.find(values(), ApplicationState::code, code);
    }
}
