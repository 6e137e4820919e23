package app.followup.applications;

import app.followup.letter.Addressing;
import app.followup.letter.CompanyNames;
import app.followup.letter.Texts;
import app.followup.model.ApplicationState;
import app.followup.model.Nudge;
import app.followup.model.Participant;
import app.followup.model.Round;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The job-search activity between two days, both included, for a report such as NAV asks for: every interview
 * (a round's date), every letter marked sent and every nudge sent, in every application whatever its state.
 */
public final class ActivityLog {
    public static final List<String> HEADER = List.of("date", "employer", "position", "activity", "contacts",
            "outcome");

    private ActivityLog() {
    }

    public static List<Activity> between(List<Application> applications, LocalDate from, LocalDate to) {
        List<Activity> rows = new ArrayList<>();
        for (Application application : applications) {
            ApplicationState outcome = application.notes().status().stateOrDefault();
            String employer = application.employer();
            for (Round round : application.notes().rounds()) {
                String everyone = contacts(round.participants(), employer);
                if (within(round.date(), from, to)) {
                    rows.add(new Activity(round.date(), employer, application.position(), ActivityKind.INTERVIEW,
                            everyone, outcome));
                }
                LocalDate sent = round.letter() == null ? null : round.letter().sentOn();
                if (within(sent, from, to)) {
                    rows.add(new Activity(sent, employer, application.position(), ActivityKind.LETTER_SENT,
                            everyone, outcome));
                }
                for (Nudge nudge : round.nudges()) {
                    if (within(nudge.sentOn(), from, to)) {
                        // a nudge goes to the letter's addressees only, not to everyone copied on the letter
                        String addressees = contacts(Addressing.of(round.participants()).addressees(), employer);
                        rows.add(new Activity(nudge.sentOn(), employer, application.position(),
                                ActivityKind.NUDGE_SENT, addressees, outcome));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(Activity::date)
                .thenComparing(Activity::employer, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Activity::position, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Activity::kind));
        return List.copyOf(rows);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** "Ola Hansen, Per Li (Rekrutt AS)": someone from another organisation, such as a recruiter, carries it. */
    static String contacts(List<Participant> participants, String employer) {
        List<String> names = new ArrayList<>();
        for (Participant participant : participants) {
            String name = participant == null ? null : Texts.inline(participant.name());
            if (name == null) {
                continue;
            }
            String organisation = Texts.inline(participant.organisation());
            boolean elsewhere = organisation != null && (employer.isEmpty()
                    || !CompanyNames.shortName(organisation).equalsIgnoreCase(CompanyNames.shortName(employer)));
            names.add(elsewhere ? name + " (" + organisation + ")" : name);
        }
        return String.join(", ", names);
    }
}
