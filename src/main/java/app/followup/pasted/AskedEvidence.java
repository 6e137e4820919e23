package app.followup.pasted;

import app.followup.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the employer asked to see, from a comma list ("Ba om: en 90-dagersplan, to referanser, tall fra
 * kontoplanene i nåværende jobb"): one piece per part, each given the kind its words name.
 */
final class AskedEvidence {
    /** "og" / "and" that opens the list's last part. */
    private static final Pattern LAST_PART = Pattern.compile("^(?:og|and|samt|plus)\\s+", Pattern.CASE_INSENSITIVE);

    private AskedEvidence() {
    }

    static List<Evidence> of(String list, PastedWords words) {
        List<Evidence> evidence = new ArrayList<>();
        for (String part : NoteItems.unquoted(list).split("\\s*[,;]\\s*")) {
            String detail = NoteItems.withoutFullStop(LAST_PART.matcher(part.strip()).replaceFirst(""));
            if (!detail.isEmpty()) {
                evidence.add(Evidence.of(words.kindOf(detail), detail));
            }
        }
        return evidence;
    }
}
