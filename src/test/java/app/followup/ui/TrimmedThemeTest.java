package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's user-agent theme is AtlantaFX's PrimerLight trimmed at build time (pom.xml, "trimmed-theme"): it must be
 * there in the binary form JavaFX loads, be smaller, and still style every control the window shows as PrimerLight does.
 */
class TrimmedThemeTest {

    /**
     * Style classes carried by the nodes of FollowUp's window: its controls, the parts and popups they make, and the
     * AtlantaFX style classes the program sets. A PrimerLight rule naming only these must be in the trimmed theme.
     */
    private static final Set<String> SHOWN = Set.of("root", "button", "label", "text", "hyperlink", "check-box", "box",
            "mark", "toggle-button", "text-input", "text-field", "text-area", "content", "scroll-pane", "viewport",
            "corner", "scroll-bar", "thumb", "track", "track-background", "increment-button", "decrement-button",
            "increment-arrow", "decrement-arrow", "combo-box-base", "combo-box", "arrow-button", "arrow", "list-cell",
            "combo-box-popup", "list-view", "virtual-flow", "clipped-container", "sheet", "cell", "date-picker",
            "date-picker-popup", "month-year-pane", "spinner-label", "left-button", "right-button", "left-arrow",
            "right-arrow", "calendar-grid", "day-name-cell", "week-number-cell", "day-cell", "today", "previous-month",
            "next-month", "table-view", "column-header-background", "nested-column-header", "column-header",
            "filler", "show-hide-columns-button", "column-resize-line", "column-overlay", "placeholder",
            "table-row-cell", "table-cell", "split-pane", "split-pane-divider", "horizontal-grabber", "menu-bar",
            "menu-button", "menu", "menu-item", "context-menu", "check-menu-item", "radio-menu-item", "radio",
            "left-container", "right-container", "graphic-container", "accelerator-text", "separator", "line",
            "menu-up-arrow", "menu-down-arrow", "tooltip", "dialog-pane", "header-panel", "button-bar", "alert",
            "information", "warning", "error", "confirmation", "progress-indicator", "spinner", "determinate-indicator",
            "indicator", "progress", "tick", "percentage", "mnemonic-underline", "accent", "flat", "small", "large",
            "title-1", "title-2", "title-4", "edge-to-edge", "danger", "success");

    private static Map<String, String> trimmed;
    private static Map<String, String> primer;

    @BeforeAll
    static void load() throws IOException {
        URL css = FollowUpApp.class.getResource("theme.css");
        assertThat(css).as("theme.css generated beside FollowUpApp by the build").isNotNull();
        URL primerCss = PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet());
        trimmed = declarationsBySelector(new CssParser().parse(css), css);
        primer = declarationsBySelector(new CssParser().parse(primerCss), primerCss);
    }

    @Test
    void isInTheBinaryFormJavaFxLoadsInsteadOfTheCss() throws IOException {
        URL bss = FollowUpApp.class.getResource("theme.bss");
        assertThat(bss).as("theme.bss beside theme.css").isNotNull();
        assertThat(declarationsBySelector(Stylesheet.loadBinary(bss), bss)).hasSameSizeAs(trimmed);
    }

    @Test
    void hasFarFewerSelectorsThanPrimerLightAndNoneOfItsOwn() {
        assertThat(trimmed.size()).isLessThan(primer.size() * 2 / 3);
        assertThat(primer).containsAllEntriesOf(trimmed);
    }

    @Test
    void keepsTheLookedUpColoursAndFonts() {
        assertThat(trimmed.get("*.root")).isNotBlank().isEqualTo(primer.get("*.root"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"button", "hyperlink", "check-box", "toggle-button", "text-field", "text-area",
            "combo-box-base", "combo-box-popup", "list-view", "date-picker", "date-picker-popup", "calendar-grid",
            "table-view", "column-header", "table-row-cell", "scroll-pane", "scroll-bar", "split-pane", "menu-bar",
            "menu-button", "menu-item", "context-menu", "radio-menu-item", "tooltip", "dialog-pane", "progress-indicator"})
    void keepsEveryPrimerLightRuleForAControlTheWindowShows(String control) {
        Map<String, String> rules = new LinkedHashMap<>();
        primer.forEach((selector, declarations) -> {
            List<String> classes = styleClasses(selector);
            if (classes.contains(control) && SHOWN.containsAll(classes)) {
                rules.put(selector, declarations);
            }
        });
        assertThat(rules).as("PrimerLight's rules for ." + control).isNotEmpty();
        assertThat(trimmed).containsAllEntriesOf(rules);
    }

    private static List<String> styleClasses(String selector) {
        return Pattern.compile("\\.([-_a-zA-Z0-9]+)").matcher(selector).results()
                .map(match -> match.group(1)).toList();
    }

    /** Declarations as text by selector; a url() value names the stylesheet it is read from, which is left out. */
    private static Map<String, String> declarationsBySelector(Stylesheet stylesheet, URL from) {
        Map<String, String> bySelector = new LinkedHashMap<>();
        for (Rule rule : stylesheet.getRules()) {
            String declarations = rule.getDeclarations().toString().replace(from.toExternalForm(), "THIS-STYLESHEET");
            for (Selector selector : rule.getSelectors()) {
                bySelector.merge(selector.toString(), declarations, (a, b) -> a + b);
            }
        }
        return bySelector;
    }
}
