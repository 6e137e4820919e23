package app.followup.mail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import app.followup.letter.Reminder;
import biweekly.util.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Calendar reminders (iCalendar, written by biweekly) for the steps the candidate owns: one all-day event each,
 * with a reminder at 09:00 that day. Each event's UID is derived from the application, the round and the step's
 * place, so importing a newer export updates the events instead of adding copies.
 */
public final class Reminders {
    public byte[] write(List<Reminder> reminders) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//FollowUp//Follow-up letters//EN");
        for (Reminder reminder : reminders) {
            VEvent event = new VEvent();
            event.setUid(uid(reminder.id()));
            event.setSummary(Headers.oneLine(reminder.summary()));
            if (reminder.description() != null) {
                event.setDescription(Headers.oneLine(reminder.description()));
            }
            event.setDateStart(date(reminder.date()), false);
            event.setDateEnd(date(reminder.date().plusDays(1)), false);
            Trigger trigger = new Trigger(Duration.builder().hours(9).build(), Related.START);
            event.addAlarm(VAlarm.display(trigger, Headers.oneLine(reminder.summary())));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String uid(String id) {
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)) + "@followup.app";
    }
}
