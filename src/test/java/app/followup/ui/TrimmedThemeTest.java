package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's user-agent theme is AtlantaFX's PrimerLight trimmed at build time (pom.xml, "trimmed-theme"): it must be
 * there, be smaller, and still style every control the window shows exactly as PrimerLight does.
 */
class TrimmedThemeTest {

    private static Map<String, String> trimmed;
    private static Map<String, String> primer;

    @BeforeAll
    static void load() throws IOException {
        URL theme = FollowUpApp.class.getResource("theme.bss");
        assertThat(theme).as("theme.bss generated beside FollowUpApp by the build").isNotNull();
        trimmed = declarationsBySelector(Stylesheet.loadBinary(theme));
        primer = declarationsBySelector(Stylesheet.loadBinary(
                PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheetBSS())));
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

    /** The controls (and the popups and inner parts they make) that FollowUp's window shows. */
    @ParameterizedTest
    @ValueSource(strings = {"button", "label", "hyperlink", "check-box", "toggle-button", "text-input", "text-field",
            "text-area", "combo-box-base", "combo-box", "combo-box-popup", "list-view", "list-cell", "date-picker",
            "date-picker-popup", "calendar-grid", "day-cell", "table-view", "column-header", "table-row-cell",
            "table-cell", "scroll-pane", "scroll-bar", "split-pane", "menu-bar", "menu-button", "menu", "menu-item",
            "context-menu", "check-menu-item", "radio-menu-item", "separator", "tooltip", "dialog-pane",
            "progress-indicator"})
    void stylesEveryControlTheWindowShowsAsPrimerLightDoes(String styleClass) {
        Map<String, String> own = ownRules(primer, styleClass);
        assertThat(own).as("PrimerLight's rules for ." + styleClass + " alone").isNotEmpty();
        assertThat(trimmed).containsAllEntriesOf(own);
    }

    /** Rules whose selector names this one style class and nothing else (pseudo-classes aside), e.g. .text-field:focused. */
    private static Map<String, String> ownRules(Map<String, String> rules, String styleClass) {
        Map<String, String> own = new LinkedHashMap<>();
        rules.forEach((selector, declarations) -> {
            if (selector.equals("*." + styleClass) || selector.startsWith("*." + styleClass + ":")) {
                own.put(selector, declarations);
            }
        });
        return own;
    }

    private static Map<String, String> declarationsBySelector(Stylesheet stylesheet) {
        Map<String, String> bySelector = new LinkedHashMap<>();
        for (Rule rule : stylesheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                bySelector.merge(selector.toString(), rule.getDeclarations().toString(), (a, b) -> a + b);
            }
        }
        return bySelector;
    }
}
