package app.followup.mail;

import app.followup.letter.CompanyNames;
import app.followup.letter.Letter;
import app.followup.letter.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file name for the letter's PDF: the subject, with what file systems and mail programs dislike removed, in plain
 * ASCII ({@link PlainFileName}) so that any system can save it under that name.
 */
public final class AttachmentName {
    private static final int MAX_LENGTH = 80;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|]+");
    /** The full stop of a Norwegian day number ("28. november"): "møtet-28.-november" read oddly in a file name. */
    private static final Pattern DAY_NUMBER_STOP = Pattern.compile("(?<=\\d)\\.(?=[\\s\\u00A0\\u202F])");

    private AttachmentName() {
    }

    public static String of(Letter letter) {
        return baseOf(letter) + ".pdf";
    }

    /** The name without its extension, shared by the letter's other files (.eml, .ics). */
    public static String baseOf(Letter letter) {
        String name = DAY_NUMBER_STOP.matcher(fileSafe(Headers.oneLine(letter.subject()))).replaceAll("")
                .replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).strip();
        }
        return (name.isEmpty() ? letter.author() : name).replace(' ', '-').replaceAll("[-–—]{2,}", "-");
    }

    /**
     * The file name with the employer's short name in front when it does not name the employer already: two
     * applications for the same kind of job must not suggest the same file name in the same folder.
     *
     * @param employer the employer's name as the notes hold it; null or blank leaves the name as it is
     */
    public static String withEmployer(String fileName, String employer) {
        String name = employer == null ? null : Texts.inline(employer);
        if (name == null) {
            return fileName;
        }
        String prefix = fileSafe(CompanyNames.shortName(name)).replaceAll("\\s+", "-");
        return prefix.isEmpty() || fileName.toLowerCase(Locale.ROOT).contains(prefix.toLowerCase(Locale.ROOT))
                ? fileName : prefix + "-" + fileName;
    }

    /** The text with the characters file systems refuse in a name turned into spaces, spelt in plain ASCII. */
    public static String fileSafe(String text) {
        return FORBIDDEN.matcher(PlainFileName.of(text)).replaceAll(" ").strip();
    }
}
