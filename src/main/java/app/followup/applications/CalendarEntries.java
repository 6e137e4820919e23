package app.followup.applications;

import app.followup.letter.Reminder;
import app.followup.model.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Every dated item of the applications as calendar reminders, worded in each application's letter language.
 * Each keeps the identity of its item, and the next step and milestones the one {@code render --ics} gives
 * them, so that importing again updates the events instead of adding copies.
 */
public final class CalendarEntries {
    private CalendarEntries() {
    }

    public static List<Reminder> of(List<Application> applications, Agenda agenda) {
        List<Reminder> reminders = new ArrayList<>();
        for (Application application : applications) {
            ResourceBundle words = words(application.notes().languageOrDefault());
            for (DueItem item : agenda.items(application)) {
                if (item.due() != null) {
                    reminders.add(new Reminder(item.key(), summary(item, application, words),
                            description(application), item.due()));
                }
            }
        }
        return reminders;
    }

    private static String summary(DueItem item, Application application, ResourceBundle words) {
        String employer = application.employer().isEmpty() ? application.fileName() : application.employer();
        String detail = item.detail() == null ? "" : item.detail();
        String pattern = words.getString("calendar." + item.what().code() + (detail.isEmpty() ? ".plain" : ""));
        return MessageFormat.format(pattern.replace("'", "''"), employer, detail);
    }

    private static String description(Application application) {
        String position = application.position();
        return position.isEmpty() ? application.employer() : application.employer() + " – " + position;
    }

    static ResourceBundle words(Language language) {
        return ResourceBundle.getBundle("app.followup.applications.words", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
