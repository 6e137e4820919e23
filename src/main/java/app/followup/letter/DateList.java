package app.followup.letter;

import app.followup.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Several dates in one phrase, as people write them: "9 and 16 November" / "9. og 16. november" when they share a
 * month, "30 October and 6 November" / "30. oktober og 6. november" when they do not.
 */
final class DateList {
    private DateList() {
    }

    /** The dates, oldest first, with the month named once per run of dates in the same month; null when none. */
    static String compact(List<LocalDate> dates, LocalDate reference, Language language) {
        if (dates.isEmpty()) {
            return null;
        }
        LetterWords words = new LetterWords(language);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            boolean monthFollows = i + 1 < dates.size()
                    && dates.get(i + 1).getMonth() == date.getMonth() && dates.get(i + 1).getYear() == date.getYear();
            items.add(monthFollows ? words.get("date.day.only").replace("{day}", Integer.toString(date.getDayOfMonth()))
                    : LetterDates.dayOfMonth(date, reference, language));
        }
        return words.join(items);
    }
}
