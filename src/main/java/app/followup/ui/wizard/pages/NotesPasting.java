package app.followup.ui.wizard.pages;

import app.followup.model.Language;
import app.followup.model.Round;
import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "Paste your notes…", from page 1, page 3 and the File menu: the dialog, then the round takes what was sorted,
 * the status line says what, a round with the decision maker in the room gets a suggested plan to a decision if it
 * has none, and the wizard shows the letter made from them: the dialog showed where each part went, and testers
 * who were taken to page 3 clicked through six pages to reach the letter they wanted to read.
 */
public final class NotesPasting {
    private final Document document;
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final Supplier<NotesSorting> sorting;
    private final Supplier<LocalDate> today;
    private final I18n i18n;
    private final Consumer<String> status;
    private final Runnable showLetter;
    private final BooleanSupplier suggestPlan;

    /**
     * @param sorting       the sorter the dialog uses, asked for each time it opens
     * @param showLetter    shows the letter page: the letter made from the notes is what the user checks
     * @param suggestPlan   suggests a plan to a decision when the round needs one and has none; says whether it did
     */
    public NotesPasting(Document document, Dialogs dialogs, BackgroundRunner background,
                        Supplier<NotesSorting> sorting, Supplier<LocalDate> today, I18n i18n,
                        Consumer<String> status, Runnable showLetter, BooleanSupplier suggestPlan) {
        this.document = document;
        this.dialogs = dialogs;
        this.background = background;
        this.sorting = sorting;
        this.today = today;
        this.i18n = i18n;
        this.status = status;
        this.showLetter = showLetter;
        this.suggestPlan = suggestPlan;
    }

    public void paste() {
        if (!document.isOpen()) {
            return;
        }
        int round = document.roundIndex();
        Round now = document.round();
        Language language = document.notes().languageOrDefault();
        LocalDate around = now.date() == null ? today.get() : now.date();
        NotesSorting sorter = sorting.get();
        PastedNotesViewModel notes = new PastedNotesViewModel(document.notes(), round,
                text -> sorter.sort(text, language, around), background);
        if (!dialogs.askPastedNotes(notes) || !notes.givesAnything().get()) {
            return;
        }
        FilledFromNotes what = notes.what();
        // the dialog is modal: the notes it showed are the notes now, and its replace list held for them
        document.updateAndReload(notes::filledInto);
        String filled = what.parts().stream().map(part -> i18n.get(part.key(), part.count()))
                .collect(Collectors.joining(", "));
        status.accept(suggestPlan.getAsBoolean() ? i18n.get("paste.filledWithPlan", filled)
                : i18n.get("paste.filled", filled));
        showLetter.run();
    }
}
