package app.followup.mail;

import java.util.regex.Pattern;

/** Keeps user text from becoming more than one header: no line breaks, no control codes, names quoted. */
final class Headers {
    private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]+");
    private static final Pattern SPECIALS = Pattern.compile("[()<>\\[\\]:;@\\\\,.\"]");

    private Headers() {
    }

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return BREAKS_AND_CONTROLS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** A display name as RFC 5322 wants it: quoted when it holds a comma, a dot or another special character. */
    static String displayName(String name) {
        if (!SPECIALS.matcher(name).find()) {
            return name;
        }
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
