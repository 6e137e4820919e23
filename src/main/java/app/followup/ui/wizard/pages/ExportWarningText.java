package app.followup.ui.wizard.pages;

import app.followup.export.ExportWarning;
import app.followup.ui.common.I18n;
import java.util.List;

/** The export warnings in the window's language, the same facts the command line prints. */
final class ExportWarningText implements ExportWarning.Wording<String> {
    private final I18n i18n;

    ExportWarningText(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public String recipientsLeftOut(List<String> addresses) {
        return i18n.get("export.recipientsLeftOut", String.join(", ", addresses));
    }

    @Override
    public String glyphsMissing(List<String> characters) {
        return i18n.get("export.glyphsMissing", String.join(", ", characters));
    }

    @Override
    public String senderLeftOut(List<String> addresses) {
        return i18n.get("export.senderLeftOut", String.join(", ", addresses));
    }
}
