package app.followup.advice;

import app.followup.model.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The advice's wording in the user's language: resource bundles, not Java strings. */
final class AdviceMessages {
    private final ResourceBundle bundle;
    private final Language language;

    AdviceMessages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("app.followup.advice.advice", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    String get(String code, Object... args) {
        String pattern = bundle.getString(code);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
