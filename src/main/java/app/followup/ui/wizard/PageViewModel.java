package app.followup.ui.wizard;

import javafx.beans.binding.Bindings;
import app.followup.ui.Document;
import app.followup.model.Notes;
import app.followup.model.Round;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One wizard page's state: JavaFX properties over the document's notes. Fields are read from the notes when the
 * document reloads, and every edit is written straight back, so nothing is kept twice. Each page says whether it
 * is filled in (a tick in the step list) and whether it is valid (Next is enabled).
 */
public abstract class PageViewModel {
    protected final Document document;
    private final List<Runnable> loaders = new ArrayList<>();
    private boolean loading;
    private boolean suggesting;
    private ObservableBooleanValue notesStillToWrite;

    protected PageViewModel(Document document) {
        this.document = document;
        document.reloadsProperty().addListener(o -> reload());
    }

    /**
     * The round's notes are still to be written (no challenge, cause or hiring vision yet): the notes box is then
     * the way in, and its button stands out. Testers who did not see it typed a dozen fields one by one.
     */
    public ObservableBooleanValue notesStillToWrite() {
        // kept by the page: a binding only the view listened to could be collected, its listeners with it
        if (notesStillToWrite == null) {
            notesStillToWrite = Bindings.createBooleanBinding(() -> {
                if (!document.isOpen()) {
                    return false;
                }
                Round round = document.round();
                return (round.challenge() == null || round.challenge().isBlank()) && round.causes().isEmpty()
                        && (round.hiringVision() == null || round.hiringVision().isBlank());
            }, document.notesProperty(), document.roundIndexProperty());
        }
        return notesStillToWrite;
    }

    /** The resource key of the page's title, also its identity in the step list. */
    public abstract String key();

    public abstract ObservableBooleanValue filled();

    public ObservableBooleanValue valid() {
        return new ReadOnlyBooleanWrapper(true);
    }

    /**
     * Whether Next is disabled: by default while the page is not valid. A page that judges its fields only when
     * the user is done with them keeps Next enabled instead, and says what is wrong in {@link #showProblems()}
     * when Next is pressed, so that Next is never dead without a word.
     */
    public ObservableBooleanValue nextDisabled() {
        return Bindings.not(valid());
    }

    /** The user tries to move on: every problem not yet pointed out is pointed out now. */
    public void showProblems() {
    }

    public final void reload() {
        if (!document.isOpen()) {
            return;
        }
        loading = true;
        try {
            loaders.forEach(Runnable::run);
            load();
        } finally {
            loading = false;
        }
    }

    /** Reads what the generic helpers do not; most pages need nothing here. */
    protected void load() {
    }

    protected final boolean isLoading() {
        return loading;
    }

    protected final void edit(UnaryOperator<Round> change) {
        if (!loading && document.isOpen()) {
            if (suggesting) {
                document.suggestRound(change);
            } else {
                document.updateRound(change);
            }
        }
    }

    /** Sets fields as a suggestion of the program's: the notes have it, the file is not changed by it. */
    protected final void suggest(Runnable setting) {
        suggesting = true;
        try {
            setting.run();
        } finally {
            suggesting = false;
        }
    }

    protected final void editNotes(UnaryOperator<Notes> change) {
        if (!loading && document.isOpen()) {
            document.update(change);
        }
    }

    protected final void onLoad(Runnable loader) {
        loaders.add(loader);
    }

    /** A text field of the round: empty text is stored as a missing value. */
    protected final StringProperty roundText(Function<Round, String> read, BiFunction<Round, String, Round> write) {
        StringProperty property = new SimpleStringProperty("");
        onLoad(() -> property.set(orEmpty(read.apply(document.round()))));
        property.addListener((o, old, now) -> edit(r -> write.apply(r, emptyToNull(now))));
        return property;
    }

    /** A text field of the whole application. */
    protected final StringProperty notesText(Function<Notes, String> read, BiFunction<Notes, String, Notes> write) {
        StringProperty property = new SimpleStringProperty("");
        onLoad(() -> property.set(orEmpty(read.apply(document.notes()))));
        property.addListener((o, old, now) -> editNotes(n -> write.apply(n, emptyToNull(now))));
        return property;
    }

    /** A list edited as text, one item per line; blank lines are dropped. */
    protected final StringProperty roundLines(Function<Round, List<String>> read,
                                              BiFunction<Round, List<String>, Round> write) {
        StringProperty property = new SimpleStringProperty("");
        onLoad(() -> property.set(String.join("\n", read.apply(document.round()))));
        property.addListener((o, old, now) -> edit(r -> write.apply(r, lines(now))));
        return property;
    }

    protected final StringProperty notesLines(Function<Notes, List<String>> read,
                                              BiFunction<Notes, List<String>, Notes> write) {
        StringProperty property = new SimpleStringProperty("");
        onLoad(() -> property.set(String.join("\n", read.apply(document.notes()))));
        property.addListener((o, old, now) -> editNotes(n -> write.apply(n, lines(now))));
        return property;
    }

    public static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    protected static BooleanExpression notBlank(StringProperty text) {
        return BooleanExpression.booleanExpression(Bindings.createBooleanBinding(
                () -> !text.get().isBlank(), text));
    }
}
