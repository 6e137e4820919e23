package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.letter.Reminder;
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

    /** A save: where, when, and from which letter. */
    record Saved(Kind kind, Path target, LocalTime at, Letter madeFrom) {
        /**
         * True when the file no longer says what the letter says. Whether the letter counts as edited does not
         * matter, only what ends up in the file; a calendar holds the reminders alone.
         */
        boolean outOfDate(Letter current) {
            if (current == null) {
                return false;
            }
            if (kind == Kind.REMINDERS) {
                return !sameReminders(current.reminders(), madeFrom.reminders());
            }
            return !Objects.equals(current.language(), madeFrom.language())
                    || !sameWords(current.subject(), madeFrom.subject())
                    // as text: a letter kept as sent is read back into blocks that may be cut differently
                    || !sameWords(current.bodyText(), madeFrom.bodyText())
                    || !current.senderLines().equals(madeFrom.senderLines())
                    || !current.recipientLines().equals(madeFrom.recipientLines())
                    || !current.placeAndDate().equals(madeFrom.placeAndDate())
                    || !current.author().equals(madeFrom.author())
                    || !current.to().equals(madeFrom.to())
                    || !current.cc().equals(madeFrom.cc())
                    || !Objects.equals(current.copyLine(), madeFrom.copyLine());
        }
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
