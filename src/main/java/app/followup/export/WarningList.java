package app.followup.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warnings of a set of outputs, each kind once however many files it concerns (one letter per participant
 * renders many PDFs): recipients first, then the PDF's characters, then the sender, as the command line has
 * always printed them. An address already reported among the recipients is not reported again as the sender.
 */
final class WarningList {
    private final Set<String> recipients = new LinkedHashSet<>();
    private final Set<String> glyphs = new LinkedHashSet<>();
    private final Set<String> sender = new LinkedHashSet<>();

    void recipientsLeftOut(Collection<String> addresses) {
        recipients.addAll(addresses);
    }

    void glyphsMissing(Collection<String> characters) {
        glyphs.addAll(characters);
    }

    void senderLeftOut(Collection<String> addresses) {
        sender.addAll(addresses);
    }

    List<ExportWarning> merged() {
        List<ExportWarning> warnings = new ArrayList<>();
        if (!recipients.isEmpty()) {
            warnings.add(new ExportWarning.RecipientsLeftOut(List.copyOf(recipients)));
        }
        if (!glyphs.isEmpty()) {
            warnings.add(new ExportWarning.GlyphsMissing(List.copyOf(glyphs)));
        }
        List<String> senderOnly = sender.stream().filter(a -> !recipients.contains(a)).toList();
        if (!senderOnly.isEmpty()) {
            warnings.add(new ExportWarning.SenderLeftOut(senderOnly));
        }
        return warnings;
    }
}
