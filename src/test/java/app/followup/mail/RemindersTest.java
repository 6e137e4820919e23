package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.Reminder;
import app.followup.letter.TemplateLibrary;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The .ics read back by biweekly, as a calendar would import it. */
class RemindersTest {
    private static final LetterComposer COMPOSER = new LetterComposer(new TemplateLibrary(null));

    private static List<VEvent> events(byte[] ics) {
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        return calendar.getEvents();
    }

    private static LocalDate day(VEvent event) {
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void theStepsTheCandidateOwnsBecomeAllDayEventsWithAReminder() {
        Letter letter = COMPOSER.compose(Samples.load(Samples.VESTLAND), 1, LocalDate.of(2026, 11, 26));
        List<VEvent> events = events(new Reminders().write(letter.reminders()));
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly(
                "Jeg ringer deg for å høre om planen gir ledergruppen det den trenger – Vestland Energi AS",
                "Referanser og 100-dagersplan sendt – Vestland Energi AS",
                "Gjennomgang av 100-dagersplanen med deg og Marte – Vestland Energi AS");
        assertThat(events).as("milestones the employer owns are left out")
                .noneMatch(e -> e.getSummary().getValue().startsWith("Beslutning"));
        VEvent first = events.get(0);
        assertThat(first.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(first)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(first.getAlarms()).singleElement()
                .satisfies(alarm -> assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("PT9H"));
        assertThat(first.getDescription().getValue()).isEqualTo(letter.subject());
    }

    @Test
    void aNewExportUpdatesTheSameEventsInsteadOfAddingCopies() {
        Letter letter = COMPOSER.compose(Samples.load(Samples.VESTLAND), 1, LocalDate.of(2026, 11, 26));
        List<String> first = events(new Reminders().write(letter.reminders())).stream()
                .map(e -> e.getUid().getValue()).toList();
        List<Reminder> moved = letter.reminders().stream()
                .map(r -> new Reminder(r.id(), r.summary() + " (flyttet)", r.description(), r.date().plusDays(1)))
                .toList();
        List<String> again = events(new Reminders().write(moved)).stream().map(e -> e.getUid().getValue()).toList();
        assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
    }

    @Test
    void longLinesAreFoldedAndHostileTextStaysOneProperty() {
        String hostile = "Ring Ola\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected " + "æ".repeat(120);
        byte[] ics = new Reminders().write(List.of(new Reminder("x", hostile, "beskrivelse", LocalDate.of(2026, 12, 1))));
        String text = new String(ics, StandardCharsets.UTF_8);
        // biweekly folds at 75 characters (RFC 5545 says octets; calendars read both)
        assertThat(text.lines()).allMatch(line -> line.length() <= 75);
        assertThat(text.lines().filter(line -> line.startsWith(" "))).hasSizeGreaterThanOrEqualTo(2);
        List<VEvent> events = events(ics);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.getSummary().getValue())
                .startsWith("Ring Ola END:VEVENT BEGIN:VEVENT SUMMARY:injected æææ"));
    }
}
