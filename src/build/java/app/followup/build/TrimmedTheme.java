package app.followup.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.Stylesheet;

/**
 * Build step: FollowUp's user-agent theme, made from AtlantaFX's PrimerLight stylesheet as found on the build's
 * classpath (so it follows the AtlantaFX version in pom.xml) by leaving out the rules for controls the program never
 * shows. JavaFX indexes every selector of the user-agent stylesheet before the first frame and matches the window's
 * nodes against them; PrimerLight has about twice Modena's selectors, most of them for controls FollowUp does not use.
 *
 * <p>Run by exec-maven-plugin in the process-classes phase (pom.xml, "trimmed-theme"), with the source-file launcher:
 * {@code java -cp CLASSPATH TrimmedTheme.java OUT.css}; writes OUT.css and OUT.bss beside it (JavaFX loads the
 * .bss in place of a .css of the same name). Not part of the program: it lives under src/build and is never packaged.
 */
public final class TrimmedTheme {

    static final String SOURCE = "/atlantafx/base/theme/primer-light.css";

    /**
     * Style classes that no node of FollowUp's window ever carries. A selector that names one of them cannot match
     * anything, so leaving it out changes nothing the user sees. Each is the class of a control (or of the popup or
     * inner part of one) that the program never creates: checked against {@code src/main/java/app/followup/ui}, which
     * imports no AtlantaFX control (only the PrimerLight theme). Before adding a control to the window, remove its
     * classes here. Classes that several controls share (list-view, scroll-bar, arrow-button, combo-box-base,
     * virtual-flow, cell, text-input, ...) are never listed: the combo box, date picker, step list, table and scroll
     * panes the program does use make them. Nor is "spinner", though the program has no Spinner: the date picker's
     * month and year selectors and the progress indicator's turning mark carry that class too.
     */
    static final List<Pattern> NEVER_SHOWN = List.of(
            // TreeView and TreeTableView (the board is a TableView: no disclosure nodes, no tree cells)
            exact("tree-view", "tree-cell", "tree-table-view", "tree-table-row-cell", "tree-table-cell",
                    "tree-disclosure-node"),
            // TabPane and its tabs: the wizard is a step list with pages, not tabs
            exact("tab-pane", "tab-header-area", "tab-header-background", "tab-close-button"),
            // TitledPane and Accordion
            exact("titled-pane", "accordion"),
            // ColorPicker, its palette popup and its custom-colour dialog
            exact("color-picker", "color-palette", "color-palette-region", "custom-color-dialog"),
            // Pagination, Slider, ChoiceBox (choices are ComboBoxes), SplitMenuButton (menus are
            // MenuButtons), ToolBar (the PDF viewer's bar is an HBox), RadioButton (RadioMenuItem has its own class),
            // ProgressBar (the board's loading mark is a ProgressIndicator, a different class), PasswordField
            exact("pagination", "slider", "choice-box", "split-menu-button", "tool-bar", "radio-button",
                    "progress-bar", "password-field"),
            // HTMLEditor and its toolbar buttons
            Pattern.compile("html-editor.*"),
            // charts: the chart, its axes, series, symbols and legend; default-colorN are the series' colours
            exact("chart", "axis"), Pattern.compile("chart-.*|.*-chart|.*-legend-symbol|default-color[0-9]+"),
            // AtlantaFX's own controls: none is created (no import of atlantafx.base.controls)
            exact("toggle-switch", "card", "tile", "tile-base", "notification", "message", "popover", "modal-box",
                    "modal-pane", "breadcrumbs", "custom-text-field", "ring-progress-indicator", "caption-menu-item",
                    "bb-code", "deck-pane", "input-group", "mask-text-field", "inline-date-picker"),
            // Ikonli font icons: the program has no icon font, its icons are shapes and images
            exact("ikonli-font-icon", "font-icon"));

    private static final Pattern STYLE_CLASS = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");

    private TrimmedTheme() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].endsWith(".css")) {
            throw new IllegalArgumentException("usage: TrimmedTheme OUT.css");
        }
        Path css = Path.of(args[0]);
        String source;
        try (InputStream in = TrimmedTheme.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IOException(SOURCE + " is not on the classpath (AtlantaFX missing?)");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(css.toAbsolutePath().getParent());
        Files.writeString(css, "/* generated at build time from AtlantaFX " + SOURCE
                + " by src/build/java/app/followup/build/TrimmedTheme.java: do not edit */\n" + trim(source));
        Path bss = css.resolveSibling(css.getFileName().toString().replaceFirst("\\.css$", ".bss"));
        Stylesheet.convertToBinary(css.toFile(), bss.toFile());
    }

    /** The stylesheet without the selectors that name a class in {@link #NEVER_SHOWN}, and without emptied rules. */
    static String trim(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int at = 0;
        while (at < css.length()) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                out.append(css, at, css.length());
                break;
            }
            int close = endOfBlock(css, open);
            String prelude = withoutComments(css.substring(at, open)).trim();
            String body = css.substring(open, close + 1);
            if (prelude.startsWith("@")) {
                // an at-rule (none in PrimerLight today) is kept whole rather than half understood
                out.append(prelude).append(' ').append(body).append('\n');
            } else {
                List<String> kept = new ArrayList<>();
                for (String selector : prelude.split(",")) {
                    if (canMatch(selector.trim())) {
                        kept.add(selector.trim());
                    }
                }
                if (!kept.isEmpty()) {
                    out.append(String.join(", ", kept)).append(' ').append(body).append('\n');
                }
            }
            at = close + 1;
        }
        return out.toString();
    }

    static boolean canMatch(String selector) {
        Matcher classes = STYLE_CLASS.matcher(selector);
        while (classes.find()) {
            String styleClass = classes.group(1);
            for (Pattern never : NEVER_SHOWN) {
                if (never.matcher(styleClass).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The index of the brace closing the block opened at {@code open}, stepping over strings, comments and nesting. */
    private static int endOfBlock(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = css.indexOf(c, i + 1);
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                i = css.indexOf("*/", i + 2) + 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            if (i < 0) {
                break;
            }
        }
        throw new IllegalArgumentException("unclosed block at character " + open);
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static Pattern exact(String... styleClasses) {
        return Pattern.compile(String.join("|", List.of(styleClasses).stream().map(Pattern::quote).toList()));
    }
}
