package app.followup.ui.wizard;

import app.followup.ui.Document;
import app.followup.ui.common.I18n;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.advice.Advice;
import app.followup.advice.Advisor;
import app.followup.advice.Field;
import app.followup.advice.Level;
import app.followup.letter.Letter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checklist beside the letter: the advice for the current round, in the window's language, updated with the
 * letter; and the deadline banner ("Send today", "Overdue") until the letter is marked as sent.
 */
public final class AdviceViewModel {
    private final ObservableList<Advice> advice = FXCollections.observableArrayList();
    private final Document document;
    private final LetterPageViewModel letter;
    private final Supplier<LocalDate> today;
    private final I18n i18n;
    private final StringBinding deadline;

    public AdviceViewModel(Document document, LetterPageViewModel letter, Supplier<LocalDate> today, I18n i18n) {
        this.document = document;
        this.letter = letter;
        this.today = today;
        this.i18n = i18n;
        letter.letterProperty().addListener(o -> refresh());
        letter.printedPages().addListener((o, old, now) -> refreshIfPagesMatter());
        i18n.localeProperty().addListener(o -> refresh());
        deadline = Bindings.createStringBinding(() -> advice.stream()
                .filter(a -> a.code().equals("letter-due-today") || a.code().equals("letter-overdue"))
                .map(Advice::message).findFirst().orElse(""), advice);
        refresh();
    }

    private void refresh() {
        Letter current = letter.letterProperty().get();
        if (current == null || !document.isOpen()) {
            advice.clear();
            return;
        }
        List<Advice> fresh = new Advisor(i18n.language(), letter::pagesOf).check(document.notes(), document.roundIndex(), today.get(), current);
        if (!fresh.equals(advice)) {
            advice.setAll(fresh);
        }
    }

    /** The preview has counted the pages: the advice changes only when that changes its verdict on the length. */
    private void refreshIfPagesMatter() {
        Letter current = letter.letterProperty().get();
        boolean shown = advice.stream().anyMatch(a -> a.code().equals("letter-over-one-page"));
        if (current != null && letter.pagesOf(current).isPresent()
                && (letter.pagesOf(current).getAsInt() > 1) != shown) {
            refresh();
        }
    }

    public ObservableList<Advice> advice() {
        return advice;
    }

    /** The deadline's advice while the letter is unsent, else empty. */
    public StringBinding deadline() {
        return deadline;
    }

    public boolean overdue() {
        return advice.stream().anyMatch(a -> a.code().equals("letter-overdue"));
    }

    /** The wizard page that holds what the advice is about. */
    public static int pageOf(Field field) {
        return field.ordinal();
    }

    public static boolean canReplace(Advice item) {
        return item.code().equals("term-avoided");
    }

    public static boolean isError(Advice item) {
        return item.level() == Level.ERROR;
    }
}
