package app.followup.model;

public enum EvidenceKind {
    REFERENCES("references"),
    CERTIFICATES("certificates"),
    RESULTS("results"),
    TEST("test"),
    CASE("case"),
    OTHER("other");

    private final String code;

    EvidenceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EvidenceKind fromCode(String code) {
        return Codes.find(values(), EvidenceKind::code, code);
    }
}
