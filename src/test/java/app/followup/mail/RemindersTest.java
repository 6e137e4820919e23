package app.followup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.letter.Reminder;
import app.followup.userfiles.TemplateLibrary;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Stage;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
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
        assertThat(text.lines()).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(text.lines().filter(line -> line.startsWith(" "))).hasSizeGreaterThanOrEqualTo(2);
        List<VEvent> events = events(ics);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.getSummary().getValue())
                .startsWith("Ring Ola END:VEVENT BEGIN:VEVENT SUMMARY:injected æææ"));
    }

    /** Issue 12, class 13: RFC 5545 counts 75 octets, and Norwegian letters and emoji take two to four. */
    @Test
    void linesAreFoldedAtSeventyFiveOctetsNeverInsideACharacter() {
        String summary = "Møte om økonomi – 😀 ærlig talt ".repeat(12);
        byte[] ics = new Reminders().write(List.of(new Reminder("x", summary, "ÆØÅ ".repeat(60),
                LocalDate.of(2026, 12, 1))));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(events(ics)).singleElement().satisfies(event -> {
            assertThat(event.getSummary().getValue()).isEqualTo(summary.strip());
            assertThat(event.getDescription().getValue()).isEqualTo("ÆØÅ ".repeat(60).strip());
        });
    }

    /** Issue 12, class 13: through java.util.Date, days before 1582 shifted and 9999-12-31 ended in year 10000. */
    @Test
    void daysFromYearOneToYear9999AreWrittenAsTheyAre() {
        for (LocalDate date : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1500, 3, 1), LocalDate.of(1582, 10, 4),
                LocalDate.of(1582, 10, 15), LocalDate.of(2026, 12, 1), LocalDate.of(9999, 12, 31))) {
            String text = new String(new Reminders().write(List.of(new Reminder("x", "Ring", null, date))),
                    StandardCharsets.UTF_8);
            String expected = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            assertThat(text).as(date.toString()).contains("DTSTART;VALUE=DATE:" + expected + "\r\n")
                    .doesNotContain("DTEND");
            var components = events(text.getBytes(StandardCharsets.UTF_8)).get(0).getDateStart().getValue()
                    .getRawComponents();
            assertThat(LocalDate.of(components.getYear(), components.getMonth(), components.getDate()))
                    .isEqualTo(date);
        }
    }

    /** Issue 12, class 13: deleting or moving a milestone leaves the other events as they were. */
    @Test
    void milestoneEventsKeepTheirUidsWhenAnotherMilestoneIsDeleted() {
        var sample = Samples.load(Samples.VESTLAND);
        // without its evidence: a promise sharing a deleted milestone's day becomes a row, and an event, of its own
        var rounds0 = new ArrayList<>(sample.rounds());
        rounds0.set(1, rounds0.get(1).withEvidence(List.of()));
        var notes = sample.withRounds(rounds0);
        var round = notes.rounds().get(1);
        List<String> before = uids(notes);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        var fewer = new ArrayList<>(round.milestones());
        fewer.remove(0);
        Collections.reverse(fewer);
        var rounds = new ArrayList<>(notes.rounds());
        rounds.set(1, round.withMilestones(fewer));
        List<String> after = uids(notes.withRounds(rounds));
        assertThat(after).hasSize(before.size() - 1);
        assertThat(before).containsAll(after);
    }

    private static List<String> uids(Notes notes) {
        Letter letter = COMPOSER.compose(notes, 1, LocalDate.of(2026, 11, 26));
        return events(new Reminders().write(letter.reminders())).stream().map(e -> e.getUid().getValue()).toList();
    }

    /** A tester's reminders held the call and the presentation, not the references the plan showed as hers. */
    @Test
    void evidenceThePlanShowsAsTheCandidatesRowIsAReminderToo() {
        Notes notes = Samples.load(Samples.VESTLAND);
        var rounds = new ArrayList<>(notes.rounds());
        Round round = rounds.get(1);
        List<Evidence> evidence = new ArrayList<>(round.evidence());
        evidence.add(new Evidence(EvidenceKind.RESULTS, "salgstall for 2023–2025", LocalDate.of(2026, 12, 2), null,
                null));
        rounds.set(1, round.withEvidence(evidence));
        Letter letter = COMPOSER.compose(notes.withRounds(rounds), 1, LocalDate.of(2026, 11, 26));
        assertThat(events(new Reminders().write(letter.reminders())))
                .filteredOn(e -> day(e).equals(LocalDate.of(2026, 12, 2))).singleElement()
                .satisfies(e -> assertThat(e.getSummary().getValue()).containsIgnoringCase("salgstall")
                        .endsWith("– Vestland Energi AS"));
        Notes sponsorRound = notes.withRounds(List.of(rounds.get(1).withStage(Stage.SPONSOR)));
        assertThat(COMPOSER.compose(sponsorRound, 0, LocalDate.of(2026, 11, 26)).reminders())
                .as("a sponsor letter has no plan: its promises are sentences, as the contract's --ics says")
                .noneMatch(r -> r.date().equals(LocalDate.of(2026, 12, 2)));
    }
}
