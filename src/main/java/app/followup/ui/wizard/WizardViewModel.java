package app.followup.ui.wizard;

import javafx.beans.Observable;
import app.followup.ui.common.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The page index and each page's flags, as in mvvmFX's wizard: Back and Next enable from them; the step list
 * jumps freely. Next moves on from a valid page; on a page that is not, the page says what is wrong and the user
 * stays (or Next is disabled, on a page that says so).
 */
public final class WizardViewModel {
    private final List<PageViewModel> pages;
    private final List<ObservableBooleanValue> filled;
    private final List<ObservableBooleanValue> valid;
    private final List<ObservableBooleanValue> nextDisabled;
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    /** Ticks when a document is opened or started on a page, so that typing begins in that page's first field. */
    private final IntegerProperty starts = new SimpleIntegerProperty();
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final I18n i18n;

    public WizardViewModel(List<PageViewModel> pages, I18n i18n) {
        this.pages = List.copyOf(pages);
        this.i18n = i18n;
        this.filled = pages.stream().map(PageViewModel::filled).toList();
        this.valid = pages.stream().map(PageViewModel::valid).toList();
        this.nextDisabled = pages.stream().map(PageViewModel::nextDisabled).toList();
        canGoBack = current.greaterThan(0);
        Observable[] dependencies = new Observable[nextDisabled.size() + 1];
        for (int i = 0; i < nextDisabled.size(); i++) {
            dependencies[i] = nextDisabled.get(i);
        }
        dependencies[nextDisabled.size()] = current;
        canGoNext = Bindings.createBooleanBinding(() -> current.get() < pages.size() - 1
                && !nextDisabled.get(current.get()).get(), dependencies);
        // pages made after a document was opened read it now
        pages.forEach(PageViewModel::reload);
    }

    public List<PageViewModel> pages() {
        return pages;
    }

    public ObservableBooleanValue filled(int index) {
        return filled.get(index);
    }

    public ObservableBooleanValue valid(int index) {
        return valid.get(index);
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    /** The page's line in the page list: "✓  3. Challenge" once filled in, "○  3. Challenge" before. */
    public StringBinding pageLabel(int index) {
        ObservableBooleanValue pageFilled = filled.get(index);
        String key = pages.get(index).key();
        return Bindings.createStringBinding(() -> (pageFilled.get() ? "✓  " : "○  ") + (index + 1) + ". "
                + i18n.plain(key), pageFilled, i18n.localeProperty());
    }

    /** The page's line in the folded page list: "✓ 3" once filled in, "○ 3" before. */
    public StringBinding pageNumberLabel(int index) {
        ObservableBooleanValue pageFilled = filled.get(index);
        return Bindings.createStringBinding(() -> (pageFilled.get() ? "✓ " : "○ ") + (index + 1), pageFilled);
    }

    /** The letter's own page, the last: beside it the PDF page, beside the others the email as it will read. */
    public boolean onLetterPage() {
        return current.get() == pages.size() - 1;
    }

    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }

    public BooleanBinding canGoNextBinding() {
        return canGoNext;
    }

    /** Moves on when the page is valid; when it is not, the page says what is wrong and the user stays. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        pages.get(current.get()).showProblems();
        if (valid.get(current.get()).get()) {
            current.set(current.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            current.set(current.get() - 1);
        }
    }

    public void goTo(int index) {
        if (index >= 0 && index < pages.size()) {
            current.set(index);
        }
    }

    /**
     * Shows the page a document opened, started or brought back begins on. Unlike {@link #goTo(int)} this also
     * says so when the page was on show already: a dialog or file chooser has taken the keyboard meanwhile.
     */
    public void startAt(int index) {
        goTo(index);
        starts.set(starts.get() + 1);
    }

    public ReadOnlyIntegerProperty startsProperty() {
        return starts;
    }

    /** Where the page of this type stands in the wizard. */
    public int indexOf(Class<? extends PageViewModel> type) {
        for (int i = 0; i < pages.size(); i++) {
            if (type.isInstance(pages.get(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no page " + type.getSimpleName());
    }

    @SuppressWarnings("unchecked")
    public <T extends PageViewModel> T page(Class<T> type) {
        return (T) pages.stream().filter(type::isInstance).findFirst().orElseThrow();
    }
}
