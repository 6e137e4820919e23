package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.letter.Reminder;
import app.followup.ui.common.Digests;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The files saved from the letter page in this session, each with the letter it was made from, so that the page
 * can say which of them no longer match the letter. One entry per kind: saving a PDF again replaces the PDF's entry.
 */
final class SavedExports {
    /** What was saved; per participant is one folder of PDFs and drafts. */
    enum Kind {
        PDF("letter.outOfDate.pdf"), EMAIL_DRAFT("letter.outOfDate.draft"),
        PER_PARTICIPANT("letter.outOfDate.perParticipant"), REMINDERS("letter.outOfDate.reminders");

        /** The text that says a file of this kind is out of date. */
        final String outOfDateKey;

        Kind(String outOfDateKey) {
            this.outOfDateKey = outOfDateKey;
        }
    }

    /**
     * A save: where, when, and from which letter: the letter itself, or for a PDF remembered from an earlier session
     * only its {@link #print(Letter) print}.
     */
    record Saved(Kind kind, Path target, LocalTime at, Letter madeFrom, String madeFromPrint) {
        Saved(Kind kind, Path target, LocalTime at, Letter madeFrom) {
            this(kind, target, at, madeFrom, print(madeFrom));
        }

        /**
         * True when the file no longer says what the letter says. Whether the letter counts as edited does not
         * matter, only what ends up in the file; a calendar holds the reminders alone.
         */
        boolean outOfDate(Letter current) {
            if (current == null) {
                return false;
            }
            if (kind == Kind.REMINDERS) {
                return madeFrom == null || !sameReminders(current.reminders(), madeFrom.reminders());
            }
            return !print(current).equals(madeFromPrint);
        }
    }

    /**
     * What a PDF, a draft or a letter per participant shows of the letter, as one string: equal prints, the same
     * file; a digest, short enough to remember between sessions. As text: a letter kept as sent is read back into blocks that may be cut differently.
     */
    static String print(Letter letter) {
        return Digests.sha256(String.join("\u0000", String.valueOf(letter.language()), words(letter.subject()),
                words(letter.bodyText()), String.valueOf(letter.senderLines()), String.valueOf(letter.recipientLines()),
                String.valueOf(letter.placeAndDate()), String.valueOf(letter.author()), String.valueOf(letter.to()),
                String.valueOf(letter.cc()), String.valueOf(letter.copyLine())));
    }

    private static String words(String text) {
        return text == null ? "\u0001" : text.replace('\u00a0', ' ');
    }

    /**
     * The same words with the same spaces as a reader sees them: a subject kept as sent comes back through the
     * composer's clean-up, which turns the no-break space the letter keeps inside a date ("26. november") into a
     * plain one.
     */
    private static boolean sameWords(String a, String b) {
        return a == null || b == null ? a == b : a.replace('\u00a0', ' ').equals(b.replace('\u00a0', ' '));
    }

    private static boolean sameReminders(List<Reminder> a, List<Reminder> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Reminder x = a.get(i);
            Reminder y = b.get(i);
            if (!x.id().equals(y.id()) || !Objects.equals(x.date(), y.date()) || !sameWords(x.summary(), y.summary())
                    || !sameWords(x.description(), y.description())) {
                return false;
            }
        }
        return true;
    }

    private final ObservableMap<Kind, Saved> saved = FXCollections.observableMap(new LinkedHashMap<>());

    void record(Kind kind, Path target, LocalTime at, Letter madeFrom) {
        saved.put(kind, new Saved(kind, target, at, madeFrom));
    }

    /** A PDF saved in an earlier session, known by its letter's print. */
    void recall(Path pdf, LocalTime at, String madeFromPrint) {
        saved.put(Kind.PDF, new Saved(Kind.PDF, pdf, at, null, madeFromPrint));
    }

    /** Another file or round: what was saved before is another letter's. */
    void forget() {
        saved.clear();
    }

    Saved get(Kind kind) {
        return saved.get(kind);
    }

    List<Saved> outOfDate(Letter current) {
        return saved.values().stream().filter(s -> s.outOfDate(current)).toList();
    }

    ObservableMap<Kind, Saved> all() {
        return saved;
    }
}
