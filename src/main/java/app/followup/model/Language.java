package app.followup.model;

import java.util.Locale;

/** The language letters are written in. */
public enum Language {
    NB("nb", Locale.forLanguageTag("nb-NO")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromCode(String code) {
        return Codes.find(values(), Language::code, code);
    }
}
