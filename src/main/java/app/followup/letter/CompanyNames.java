package app.followup.letter;

import java.util.regex.Pattern;

/**
 * Company names as running text writes them: without the legal suffix ("Sandvik Trelast AS" is "Sandvik Trelast"
 * in a sentence; the address block and the subject keep the full name). "Co" is no legal form but part of the
 * name people say ("Fintech Talent Co", "Smith & Co"), so it stays.
 */
public final class CompanyNames {
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?:,?\\s+(?:ASA|AS|A/S|SA|ANS|DA|BA|NUF|SE|AB|ApS|Oy|GmbH|AG|BV|NV|Ltd\\.?|Limited|PLC|plc|Inc\\.?|LLC|LLP"
                    + "|Corp\\.?))+$");

    private CompanyNames() {
    }

    public static String shortName(String name) {
        if (name == null) {
            return null;
        }
        String shorter = LEGAL_SUFFIX.matcher(name.strip()).replaceFirst("");
        return shorter.isBlank() ? name.strip() : shorter;
    }
}
