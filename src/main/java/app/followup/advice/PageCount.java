package app.followup.advice;

import app.followup.letter.Letter;
import app.followup.pdf.LetterPdf;
import java.util.OptionalInt;

/**
 * How many A4 pages a letter takes as a PDF, or empty while that is not known. The command line lays the letter out
 * at once; the window, which must answer every keystroke in a few milliseconds, passes the count of the PDF page
 * preview it already draws in the background.
 */
@FunctionalInterface
public interface PageCount {
    OptionalInt of(Letter letter);

    /** Lays the letter out as the PDF export does (about 15 ms warm, the first time about 0.2 s). */
    static PageCount ofPdf() {
        return letter -> OptionalInt.of(new LetterPdf().render(letter).pages());
    }
}
