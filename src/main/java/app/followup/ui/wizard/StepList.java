package app.followup.ui.wizard;

import app.followup.ui.common.I18n;
import app.followup.ui.common.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The wizard's pages at the side, each with its tick, and the way to jump to any of them. Folded, it is a narrow
 * rail of page numbers, each naming its page in a tooltip: the letter page folds it in a narrow window, where the
 * letter and its PDF need the width.
 */
final class StepList extends ListView<PageViewModel> {
    /** Wide enough for the longest page name ("✓  5. Beslutning og dokumentasjon"). */
    static final double OPEN_WIDTH = 292;
    /** Wide enough for "✓ 9" and the selected step's mark. */
    static final double FOLDED_WIDTH = 60;

    private final BooleanProperty folded = new SimpleBooleanProperty(false);

    StepList(WizardViewModel wizard, I18n i18n) {
        setId("steps");
        getItems().setAll(wizard.pages());
        setCellFactory(view -> new StepCell(wizard, i18n));
        getSelectionModel().select(0);
        getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                wizard.goTo(now.intValue());
            }
        });
        wizard.currentProperty().addListener((o, old, now) -> getSelectionModel().select(now.intValue()));
        // the selected one is marked by colour, not bold, which would need more room
        prefWidthProperty().bind(Bindings.when(folded).then(FOLDED_WIDTH).otherwise(OPEN_WIDTH));
        setMinWidth(Region.USE_PREF_SIZE);
        getStyleClass().add("step-list");
    }

    /** True while only the page numbers show. */
    BooleanProperty foldedProperty() {
        return folded;
    }

    private final class StepCell extends ListCell<PageViewModel> {
        private final WizardViewModel wizard;
        private final I18n i18n;
        /** The shown page's filled state: the colour follows it as the tick does (after New it was left green). */
        private ObservableBooleanValue watched;
        private final InvalidationListener recolour = o -> pseudoClassStateChanged(Styles.FILLED,
                watched != null && watched.get());

        StepCell(WizardViewModel wizard, I18n i18n) {
            this.wizard = wizard;
            this.i18n = i18n;
            // as wide as the list, never wider: no horizontal scroll bar under the steps
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PageViewModel step, boolean empty) {
            super.updateItem(step, empty);
            textProperty().unbind();
            setTooltip(null);
            if (watched != null) {
                watched.removeListener(recolour);
                watched = null;
            }
            if (empty || step == null) {
                setText(null);
                pseudoClassStateChanged(Styles.FILLED, false);
                return;
            }
            int index = wizard.pages().indexOf(step);
            var full = wizard.pageLabel(index);
            var number = wizard.pageNumberLabel(index);
            textProperty().bind(Bindings.when(folded).then(number).otherwise(full));
            Tooltip name = new Tooltip();
            name.textProperty().bind(Bindings.createStringBinding(() -> i18n.plain(step.key()),
                    i18n.localeProperty()));
            setTooltip(name);
            watched = wizard.filled(index);
            watched.addListener(recolour);
            pseudoClassStateChanged(Styles.FILLED, watched.get());
        }
    }
}
