package app.followup.ui.common;

import java.nio.file.Path;
import app.followup.model.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's words in Norwegian bokmål or English. Texts are bindings, so switching the language from the
 * menu changes every label at once, without rebuilding a view.
 */
public final class I18n {
    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** Norwegian for nb, nn and no; English for everything else. */
    public static Locale supported(Locale wanted) {
        String language = wanted == null ? "" : wanted.getLanguage();
        return language.equals("nb") || language.equals("no") || language.equals("nn") ? NORWEGIAN : ENGLISH;
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("app.followup.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public boolean isNorwegian() {
        return locale.get().equals(NORWEGIAN);
    }

    /** The window's language as the letter and advice name it. */
    public Language language() {
        return isNorwegian() ? Language.NB : Language.EN;
    }

    public String get(String key, Object... args) {
        // looked up from the locale every time (the JDK caches bundles): bindings may be re-read while the
        // locale's other listeners have not run yet
        String pattern = load(locale.get()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** Mnemonic markers removed, for places that show text without parsing them. */
    public String plain(String key) {
        return get(key).replace("_", "");
    }

    /** A notes file as the window names it: its file name, or "Untitled" before it is saved. */
    public String fileName(Path file) {
        return file == null ? get("file.untitled") : file.getFileName().toString();
    }
}
