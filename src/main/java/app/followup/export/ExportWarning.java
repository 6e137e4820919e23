package app.followup.export;

import java.util.List;

/**
 * Something the user should know about an export that was still written: each front end words it in its own
 * way (the command line as a warning line, the window in the user's language), from the same values.
 */
public sealed interface ExportWarning {

    /**
     * How a front end words each kind of warning. Java 17 has no pattern switch over a sealed type; a kind added
     * here is a method every front end must implement, so none can forget it.
     */
    interface Wording<R> {
        R recipientsLeftOut(List<String> addresses);

        R glyphsMissing(List<String> characters);

        R senderLeftOut(List<String> addresses);
    }

    <R> R wordedBy(Wording<R> wording);

    /** Recipients whose address is not valid; the email text, the draft and the mailto: link leave them out. */
    record RecipientsLeftOut(List<String> addresses) implements ExportWarning {
        public RecipientsLeftOut {
            addresses = List.copyOf(addresses);
        }

        @Override
        public <R> R wordedBy(Wording<R> wording) {
            return wording.recipientsLeftOut(addresses);
        }
    }

    /** Characters neither PDF font can draw; the PDF shows a replacement mark for each. */
    record GlyphsMissing(List<String> characters) implements ExportWarning {
        public GlyphsMissing {
            characters = List.copyOf(characters);
        }

        @Override
        public <R> R wordedBy(Wording<R> wording) {
            return wording.glyphsMissing(characters);
        }
    }

    /** The candidate's own address is not valid, so the draft goes without a From. */
    record SenderLeftOut(List<String> addresses) implements ExportWarning {
        public SenderLeftOut {
            addresses = List.copyOf(addresses);
        }

        @Override
        public <R> R wordedBy(Wording<R> wording) {
            return wording.senderLeftOut(addresses);
        }
    }
}
