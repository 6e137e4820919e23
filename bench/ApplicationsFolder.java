import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.EditedLetter;
import app.followup.model.Employer;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.model.Owner;
import app.followup.model.Round;
import app.followup.model.Step;
import app.followup.notes.NotesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a folder of notes files for the status benchmark: the three samples over and over, each under its own
 * employer, in every stage (letter due, my step, waiting, nudged, quiet, closed).
 * Usage: java -cp target/followup.jar bench/ApplicationsFolder.java OUT_FOLDER COUNT
 */
public class ApplicationsFolder {
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        NotesFile files = new NotesFile();
        List<Notes> samples = List.of(
                files.load(Path.of("samples/nordlys-key-account-manager.followup.json")),
                files.load(Path.of("samples/vestland-energi-salgssjef.followup.json")),
                files.load(Path.of("samples/harbour-analytics-account-executive.followup.json")));
        LocalDate start = LocalDate.parse("2026-09-01");
        for (int i = 0; i < count; i++) {
            Notes notes = samples.get(i % samples.size());
            notes = notes.withEmployer(new Employer("Employer " + i + " AS", notes.employer().address(), Extras.NONE));
            int last = notes.rounds().size() - 1;
            Round round = notes.rounds().get(last).withDate(start.plusDays(i % 90));
            LocalDate date = round.date();
            switch (i % 6) {
                case 0 -> round = round.withLetter(null);
                case 1 -> round = sent(round).withNextStep(Step.of("Call", date.plusDays(5), Owner.ME));
                case 2 -> round = sent(round).withNextStep(Step.of("Answer", date.plusDays(4), Owner.EMPLOYER));
                case 3 -> round = sent(round).withNextStep(Step.of("Answer", date.plusDays(4), Owner.EMPLOYER))
                        .withNudges(List.of(nudge(date.plusDays(6))));
                case 4 -> round = sent(round).withNextStep(Step.of("Answer", date.plusDays(4), Owner.EMPLOYER))
                        .withNudges(List.of(nudge(date.plusDays(6)), nudge(date.plusDays(13))));
                default -> notes = notes.withStatus(new ApplicationStatus(ApplicationState.REJECTED, date, Extras.NONE));
            }
            files.save(out.resolve(String.format("employer-%03d.followup.json", i)), notes.withRound(last, round));
        }
    }

    private static Round sent(Round round) {
        return round.withLetter(new EditedLetter(null, null, round.date(), Extras.NONE));
    }

    private static Nudge nudge(LocalDate day) {
        return new Nudge(day, "Next steps", "Dear Priya, ...", Extras.NONE);
    }
}
