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
                .contains("I oppsummeringen jeg sendte torsdag 26. november, skrev jeg at du skulle gi beskjed om"
                        + " neste runde innen fredag 27. november.")
                .contains("vil gjerne komme videre. Jeg ringer deg torsdag 3. desember for å høre hvordan det ligger"
                        + " an, og om det er noe mer du trenger fra meg.")
                .doesNotContain("Ola gir", "neste steg:", "holde farten oppe", "hvor dere står")
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
                .contains("In my summary of Wednesday 25 November, I wrote that you would let me know about the"
                        + " panel interview by Friday 27 November.")
                .doesNotContain("Priya lets", "next step:")
                .contains("I will call you on Thursday 3 December")
                .doesNotContainIgnoringCase("just checking in")
                .doesNotContainIgnoringCase("touch base");
        assertThat(words(letter)).isLessThan(110);
    }

    private static String nudge(Notes sample, String employerStep) {
        return text(NudgeComposer.standard().compose(waiting(sample, employerStep), NudgeComposer.Kind.NUDGE, TODAY,
                THURSDAY));
    }

    private static String nudge(Notes sample, Step step) {
        Notes notes = TestNotes.of(sample).lastRound(round -> round
                .withLetter(new EditedLetter(null, null, round.date(), Extras.NONE)).withNextStep(step)).build();
        return text(NudgeComposer.standard().compose(notes, NudgeComposer.Kind.NUDGE, TODAY, THURSDAY));
    }

    @Test
    void theReadersOwnStepIsReportedToThemInTheSecondPerson() {
        assertThat(nudge(Samples.load(Samples.HARBOUR), "Priya will confirm the date for the second interview"))
                .contains("I wrote that you would confirm the date for the second interview by Friday 27 November.");
        assertThat(nudge(Samples.load(Samples.HARBOUR), "Priya sends the written offer"))
                .contains("I wrote that you would send the written offer by Friday");
        assertThat(nudge(Samples.load(Samples.NORDLYS), "Ola sender tilbudet"))
                .contains("skrev jeg at du skulle sende tilbudet innen fredag 27. november.");
        assertThat(nudge(Samples.load(Samples.NORDLYS), "Ola Hansen kommer tilbake med en dato"))
                .contains("skrev jeg at du skulle komme tilbake med en dato innen fredag");
    }

    @Test
    void theEmployersTheyIsTheReadersAndANegatedStepKeepsNorwegianWordOrder() {
        assertThat(nudge(Samples.load(Samples.HARBOUR), "They will decide after the board meeting"))
                .contains("I wrote that you would decide after the board meeting by Friday");
        assertThat(nudge(Samples.load(Samples.NORDLYS), "De gir beskjed om neste runde"))
                .contains("skrev jeg at dere skulle gi beskjed om neste runde innen fredag");
        assertThat(nudge(Samples.load(Samples.NORDLYS), "Ola gir ikke svar før styremøtet"))
                .contains("skrev jeg at du ikke gir svar før styremøtet innen fredag");
    }

    @Test
    void someoneElsesStepKeepsTheirNameInReportedSpeech() {
        assertThat(nudge(Samples.load(Samples.HARBOUR), "HR will send the contract"))
                .contains("I wrote that HR would send the contract by Friday 27 November.");
        assertThat(nudge(Samples.load(Samples.NORDLYS), "Eva tar kontakt med referansene"))
                .contains("skrev jeg at Eva skulle ta kontakt med referansene innen fredag 27. november.");
    }

    @Test
    void aStepTypedAsALabelIsNamedAsTheStepWithWhoWasToComeBack() {
        assertThat(nudge(Samples.load(Samples.HARBOUR), "second interview"))
                .contains("I wrote that the next step was a second interview, and that you would let me know by"
                        + " Friday 27 November.");
        assertThat(nudge(Samples.load(Samples.NORDLYS), "andre intervju"))
                .contains("skrev jeg at neste steg var andre intervju, og at du skulle gi beskjed innen fredag"
                        + " 27. november.");
        Step withEva = new Step("Andre intervju", LocalDate.parse("2026-11-27"), Owner.EMPLOYER, "Eva Berg", null,
                Extras.NONE);
        assertThat(nudge(Samples.load(Samples.NORDLYS), withEva))
                .contains("neste steg var andre intervju, og at Eva skulle gi beskjed innen fredag");
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
                        + "og heller ikke etter meldingene jeg sendte 30. november og 7. desember.")
                .contains("Hører jeg ikke fra deg innen fredag 18. desember, avslutter jeg søknaden min.");
        Letter english = NudgeComposer.standard().compose(waiting(Samples.load(Samples.HARBOUR), "Priya calls me"),
                NudgeComposer.Kind.CLOSE_THE_LOOP, LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-18"));
        assertThat(text(english)).contains("Unless I hear from you by Friday 18 December, I will consider my"
                + " application closed.");
    }

    @Test
    void closingTheLoopNamesEveryNudgeOnceWithTheMonthOnce() {
        Notes waiting = waiting(Samples.load(Samples.HARBOUR), "Priya calls me");
        Notes twice = waiting.withRound(0, waiting.lastRound().withNudges(List.of(
                new Nudge(LocalDate.parse("2026-12-07"), "Next steps", "…", Extras.NONE),
                new Nudge(LocalDate.parse("2026-12-14"), "Next steps", "…", Extras.NONE))));
        assertThat(text(NudgeComposer.standard().compose(twice, NudgeComposer.Kind.CLOSE_THE_LOOP,
                LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-23"))))
                .contains("I have not heard from you since my summary of Wednesday 25 November and my follow-ups on"
                        + " 7 and 14 December, so I take it")
                .doesNotContain("nor since");
        Notes once = waiting.withRound(0, waiting.lastRound().withNudges(List.of(
                new Nudge(LocalDate.parse("2026-12-07"), "Next steps", "…", Extras.NONE))));
        assertThat(text(NudgeComposer.standard().compose(once, NudgeComposer.Kind.CLOSE_THE_LOOP,
                LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-18"))))
                .contains("since my summary of Wednesday 25 November and my follow-up on Monday 7 December, so");
        Notes norwegian = waiting(Samples.load(Samples.NORDLYS), "Ola gir beskjed");
        Notes nbTwice = norwegian.withRound(0, norwegian.lastRound().withNudges(List.of(
                new Nudge(LocalDate.parse("2026-12-07"), "Veien videre", "…", Extras.NONE),
                new Nudge(LocalDate.parse("2026-12-14"), "Veien videre", "…", Extras.NONE))));
        assertThat(text(NudgeComposer.standard().compose(nbTwice, NudgeComposer.Kind.CLOSE_THE_LOOP,
                LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-23"))))
                .contains("og heller ikke etter meldingene jeg sendte 7. og 14. desember.");
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
