package app.followup.mail;

import app.followup.letter.Letter;

/** A file name for the letter's PDF: the subject, with what file systems and mail programs dislike removed. */
public final class AttachmentName {
    private static final int MAX_LENGTH = 80;

    private AttachmentName() {
    }

    public static String of(Letter letter) {
        String name = Headers.oneLine(letter.subject()).replaceAll("[\\\\/:*?\"<>|]+", " ").replaceAll("\\s+", " ")
                .strip();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).strip();
        }
        return (name.isEmpty() ? letter.author() : name).replace(' ', '-') + ".pdf";
    }
}
