package app.followup.ui.wizard.pages;

import app.followup.letter.Letter;
import app.followup.ui.common.I18n;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;

/**
 * The files saved from the letter page that the letter has changed since: which they are, the page's line for each,
 * "Save again", and a PDF saved again before its folder is shown for attaching.
 */
public final class OutOfDateExports {
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm");
    private final LetterFiles files;
    private final ObservableObjectValue<Letter> letter;
    private final I18n i18n;
    private final Consumer<Path> showFolder;
    private final ObjectBinding<List<SavedExports.Saved>> outOfDate;

    /** @param showFolder opens a folder in the file manager */
    OutOfDateExports(LetterFiles files, ObservableObjectValue<Letter> letter, I18n i18n, Consumer<Path> showFolder) {
        this.files = files;
        this.showFolder = showFolder;
        this.letter = letter;
        this.i18n = i18n;
        this.outOfDate = Bindings.createObjectBinding(() -> files.saved().outOfDate(letter.get()), letter,
                files.saved().all());
    }

    /** Oldest kind first; empty when none. */
    public ObjectBinding<List<SavedExports.Saved>> list() {
        return outOfDate;
    }

    /** "The PDF you saved at 10:42 (letter.pdf) is out of date: the letter has changed since.", one line each. */
    public StringBinding text() {
        return Bindings.createStringBinding(() -> outOfDate.get().stream()
                .map(saved -> i18n.get(saved.kind().outOfDateKey, SAVED_AT.format(saved.at()),
                        ShortFileName.of(saved.target())))
                .collect(Collectors.joining("\n")), outOfDate, i18n.localeProperty());
    }

    /** The out-of-date files' full paths, one a line: the notice shortens long names. */
    public StringBinding paths() {
        return Bindings.createStringBinding(() -> outOfDate.get().stream()
                .map(saved -> saved.target().toAbsolutePath().toString())
                .collect(Collectors.joining("\n")), outOfDate);
    }

    /** Every out-of-date file written again, to the same place, from the letter as it is now. */
    public void saveAgain() {
        files.saveAgain(outOfDate.get());
    }

    /**
     * The folder of the PDF saved last, in the file manager, so that the user can attach the file. A PDF the letter
     * has changed since is saved again first: the file the user is about to attach is never an old letter.
     */
    public void showPdfInFolder() {
        Path pdf = files.savedPdf().get();
        if (pdf == null || pdf.toAbsolutePath().getParent() == null) {
            return;
        }
        Path folder = pdf.toAbsolutePath().getParent();
        SavedExports.Saved made = files.saved().get(SavedExports.Kind.PDF);
        if (made != null && made.outOfDate(letter.get())) {
            files.savePdf(pdf, () -> showFolder.accept(folder));
        } else {
            showFolder.accept(folder);
        }
    }
}
