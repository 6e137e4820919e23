package app.followup.mail;

import app.followup.letter.Reminder;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Calendar reminders (iCalendar, written by biweekly) for the steps the candidate owns: one all-day event each,
 * with a reminder at 09:00 that day. Each event's UID is derived from the step's stable id ({@link Reminder#id}),
 * so importing a newer export updates the events instead of adding copies.
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
            // a DATE start without an end is one whole day (RFC 5545 3.6.1): no end date past 9999-12-31
            event.setDateStart(new DateStart(day(reminder.date())));
            Trigger trigger = new Trigger(Duration.builder().hours(9).build(), Related.START);
            event.addAlarm(VAlarm.display(trigger, Headers.oneLine(reminder.summary())));
            calendar.addEvent(event);
        }
        return OctetFolding.fold(unfolded(calendar)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The calendar with no line folded: biweekly folds at 75 characters, and RFC 5545 counts 75 octets, which
     * Norwegian letters and emoji pass long before.
     */
    private static String unfolded(ICalendar calendar) {
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The day as its year, month and day: through java.util.Date, days before the Gregorian reform of 1582 would
     * be converted to the Julian calendar and shift.
     */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    private static String uid(String id) {
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)) + "@followup.app";
    }
}
