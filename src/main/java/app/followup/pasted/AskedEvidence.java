package app.followup.pasted;

import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the employer asked to see, from a comma list ("Ba om: en 90-dagersplan, to referanser, tall fra
 * kontoplanene i nåværende jobb"): one piece per part, each given the kind its words name.
 */
final class AskedEvidence {
    /** "og" / "and" that opens the list's last part. */
    private static final Pattern LAST_PART = Pattern.compile("^(?:og|and|samt|plus)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern AND = Pattern.compile("\\s+(?:og|and)\\s+", Pattern.CASE_INSENSITIVE);

    private AskedEvidence() {
    }

    /**
     * "en 90-dagersplan og to referanser" is two pieces: cut at "og" / "and" when each side names a kind of its
     * own; "tall og resultater" is one.
     */
    private static List<String> pieces(String detail, PastedWords words) {
        if (detail.isEmpty()) {
            return List.of();
        }
        Matcher and = AND.matcher(detail);
        while (and.find()) {
            String before = detail.substring(0, and.start());
            String after = detail.substring(and.end());
            EvidenceKind first = words.kindOf(before);
            EvidenceKind second = words.kindOf(after);
            if (first != EvidenceKind.OTHER && second != EvidenceKind.OTHER && first != second) {
                List<String> pieces = new ArrayList<>();
                pieces.add(before.strip());
                pieces.addAll(pieces(after.strip(), words));
                return pieces;
            }
        }
        return List.of(detail);
    }

    static List<Evidence> of(String list, PastedWords words) {
        List<Evidence> evidence = new ArrayList<>();
        for (String part : NoteItems.unquoted(list).split("\\s*[,;]\\s*")) {
            String detail = NoteItems.withoutFullStop(LAST_PART.matcher(part.strip()).replaceFirst(""));
            for (String piece : pieces(detail, words)) {
                evidence.add(Evidence.of(words.kindOf(piece), piece));
            }
        }
        return evidence;
    }
}
