package app.followup.advice;

import app.followup.model.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The advice's wording in the user's language: resource bundles, not Java strings. */
final class AdviceMessages {
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u202F]");
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

    /**
     * The message with its values filled in. Dates come from the letter's date format, which keeps them on one line
     * with non-breaking spaces; a message is not typeset, and {@code check}'s lines are searched as plain text, so
     * they become ordinary spaces here.
     */
    String get(String code, Object... args) {
        String pattern = bundle.getString(code);
        String message = args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
        return NO_BREAK_SPACE.matcher(message).replaceAll(" ");
    }
}
