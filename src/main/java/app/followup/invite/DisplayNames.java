package app.followup.invite;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a participant row gets: the display name a mail program or calendar gave, tidied, or one read off the
 * address when that address is clearly first.last. Nothing is guessed beyond that: an empty name leaves the user
 * to type it, and the participants page says it is missing.
 */
public final class DisplayNames {
    /** helen.marsh, anne-lise.berg, anne.marie.olsen: two or three parts of letters only, none a lone initial. */
    private static final Pattern FIRST_LAST = Pattern.compile("[a-z]{2,}(-[a-z]{2,})?(\\.[a-z]{2,}(-[a-z]{2,})?){1,2}");
    /** "Lee, David": one comma between two short runs of words, as address books write "Last, First". */
    private static final Pattern LAST_COMMA_FIRST = Pattern.compile("([^,]{2,40}),\\s*([^,]{2,40})");
    /** What calendars put after a name: "Helen Marsh - organizer", "Helen Marsh (Northgate)". */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*(\\([^()]*\\)|[-–]\\s*(organi[sz]er|organisator|arrangør|optional|valgfri|valgfritt))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private DisplayNames() {
    }

    /**
     * The display name as a person's name, or empty: control characters (a decoded {@code =0D=0A}) become spaces,
     * quotes and a trailing note go, "Last, First" turns round. A name holding an address or angle brackets is
     * not a name (Outlook writes the address again as the name).
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        name = TRAILING_NOTE.matcher(name).replaceFirst("").strip();
        name = stripQuotes(name);
        if (name.contains("@") || name.contains("<") || name.contains(">") || name.contains(":")
                || name.contains(";") || name.chars().noneMatch(Character::isLetter)) {
            return "";
        }
        var lastFirst = LAST_COMMA_FIRST.matcher(name);
        if (lastFirst.matches()) {
            name = lastFirst.group(2).strip() + " " + lastFirst.group(1).strip();
        }
        return name.contains(",") ? "" : name;
    }

    /** "Helen Marsh" for helen.marsh@…, empty for anna@…, h.marsh@… or post@…: only a clear first.last. */
    public static String fromAddress(String address) {
        int at = address.lastIndexOf('@');
        String local = at < 0 ? "" : address.substring(0, at).toLowerCase(Locale.ROOT);
        if (!FIRST_LAST.matcher(local).matches()) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (String part : local.split("\\.")) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(capitalised(part));
        }
        return name.toString();
    }

    /** Whether the name could be this address's owner: it shares a word with the address's first.last reading. */
    static boolean couldBelongTo(String name, String address) {
        String fromAddress = fromAddress(address);
        if (fromAddress.isEmpty()) {
            return true;
        }
        String folded = " " + name.toLowerCase(Locale.ROOT) + " ";
        for (String word : fromAddress.toLowerCase(Locale.ROOT).split("[ -]")) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String stripQuotes(String name) {
        String stripped = name;
        while (stripped.length() >= 2 && (stripped.charAt(0) == '\'' || stripped.charAt(0) == '"')
                && stripped.charAt(stripped.length() - 1) == stripped.charAt(0)) {
            stripped = stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static String capitalised(String part) {
        StringBuilder word = new StringBuilder();
        boolean start = true;
        for (char c : part.toCharArray()) {
            word.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return word.toString();
    }
}
