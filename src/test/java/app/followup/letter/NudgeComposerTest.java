package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.TestNotes;
import app.followup.Samples;
import app.followup.model.EditedLetter;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nudge and the letter closing the loop, in Norwegian and English, as the style guide asks. */
class NudgeComposerTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final LocalDate THURSDAY = LocalDate.parse("2026-12-03");

    /** A sample after its letter went out on the interview day, waiting for the employer's step. */
    private static Notes waiting(Notes sample, String employerStep) {
        return TestNotes.of(sample).lastRound(round -> round
                .withLetter(new EditedLetter(null, null, round.date(), Extras.NONE))
                .withNextStep(Step.of(employerStep, LocalDate.parse("2026-11-27"), Owner.EMPLOYER))).build();
    }

    /** With the dates' non-breaking spaces as plain ones, to compare with sentences written here. */
    private static String text(Letter letter) {
        return (letter.subject() + "\n\n" + letter.bodyText()).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static int words(Letter letter) {
        return letter.bodyText().split("\\s+").length;
    }

    @Test
    void aNorwegianNudgeRefersToTheLetterRestatesTheStepAndProposesACall() {
        Notes notes = waiting(Samples.load(Samples.NORDLYS), "Ola gir beskjed om neste runde");
        Letter letter = NudgeComposer.standard().compose(notes, NudgeComposer.Kind.NUDGE, TODAY, THURSDAY);
        assertThat(text(letter)).startsWith("Veien videre – Key Account Manager\n\nHei Ola,\n\n")
                .contains("I oppsummeringen jeg sendte torsdag 26. november, ble vi enige om neste steg: "
                        + "Ola gir beskjed om neste runde innen fredag 27. november.")
                .contains("Jeg ringer deg torsdag 3. desember for å høre")
                .endsWith("Med vennlig hilsen\nKari Nordmann · +47 912 34 567")
                .doesNotContainIgnoringCase("sjekke inn");
        assertThat(words(letter)).isLessThan(110);
        assertThat(letter.to()).extracting(Recipient::name).containsExactly("Ola Hansen");
        assertThat(letter.cc()).isEmpty();
    }

    @Test
    void anEnglishNudgeIsWrittenAsEnglish() {
        Notes notes = waiting(Samples.load(Samples.HARBOUR), "Priya lets me know about the panel interview");
        Letter letter = NudgeComposer.standard().compose(notes, NudgeComposer.Kind.NUDGE, TODAY, THURSDAY);
        assertThat(text(letter)).startsWith("Next steps – Enterprise Account Executive\n\nDear Priya,\n\n")
                .contains("we agreed on the next step: Priya lets me know about the panel interview by Friday"
                        + " 27 November.")
                .contains("I will call you on Thursday 3 December")
                .doesNotContainIgnoringCase("just checking in")
                .doesNotContainIgnoringCase("touch base");
        assertThat(words(letter)).isLessThan(110);
    }

    @Test
    void theAgreedStepReadsAsPartOfTheSentenceWithoutACapitalInTheMiddle() {
        Letter english = NudgeComposer.standard().compose(waiting(Samples.load(Samples.HARBOUR),
                "Answer after the board meeting"), NudgeComposer.Kind.NUDGE, TODAY, THURSDAY);
        assertThat(text(english)).contains("we agreed on the next step: answer after the board meeting by Friday");
        Letter norwegian = NudgeComposer.standard().compose(waiting(Samples.load(Samples.NORDLYS),
                "Svar etter styremøtet"), NudgeComposer.Kind.NUDGE, TODAY, THURSDAY);
        assertThat(text(norwegian)).contains("ble vi enige om neste steg: svar etter styremøtet innen fredag");
    }

    @Test
    void closingTheLoopNamesTheLastNudgeAndTheDayTheApplicationCloses() {
        Notes waiting = waiting(Samples.load(Samples.NORDLYS), "Ola gir beskjed om neste runde");
        Notes notes = waiting.withRound(0, waiting.lastRound().withNudges(List.of(
                new Nudge(LocalDate.parse("2026-11-30"), "Veien videre", "…", Extras.NONE),
                new Nudge(LocalDate.parse("2026-12-07"), "Veien videre", "…", Extras.NONE))));
        Letter letter = NudgeComposer.standard().compose(notes, NudgeComposer.Kind.CLOSE_THE_LOOP,
                LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-18"));
        assertThat(text(letter))
                .contains("Jeg har ikke hørt fra deg siden oppsummeringen jeg sendte torsdag 26. november, "
                        + "heller ikke etter meldingen min mandag 7. desember.")
                .contains("Hører jeg ikke fra deg innen fredag 18. desember, avslutter jeg søknaden min.");
        Letter english = NudgeComposer.standard().compose(waiting(Samples.load(Samples.HARBOUR), "Priya calls me"),
                NudgeComposer.Kind.CLOSE_THE_LOOP, LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-18"));
        assertThat(text(english)).contains("Unless I hear from you by Friday 18 December, I will consider my"
                + " application closed.");
    }

    @Test
    void theGreetingUsesTheGreetingNameAndTwoAddresseesAreDere() {
        Notes sample = waiting(Samples.load(Samples.NORDLYS), "Ola gir beskjed om neste runde");
        List<Participant> people = sample.lastRound().participants().stream()
                .map(p -> p.name().startsWith("Ola") ? p.withGreetingName("Ola Martin")
                        : p.name().startsWith("Eva") ? p.withAddressee(true) : p)
                .toList();
        Notes notes = sample.withRound(0, sample.lastRound().withParticipants(people));
        Letter letter = NudgeComposer.standard().compose(notes, NudgeComposer.Kind.NUDGE, TODAY, THURSDAY);
        assertThat(text(letter)).contains("Hei Ola Martin og Eva,").contains("Jeg ringer dere torsdag");
    }
}
