package app.followup.invite;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fills in what the invitation's text says about each person, so that it is not typed again: the title, the
 * organisation (a signature's, else the address's domain's when it is not the employer's), and whether they are
 * the recruiter: someone from another domain than the employer's whose title or organisation is an agency's.
 */
public final class InviteeDetails {
    /** recruiter, rekrutteringsrådgiver, executive search, headhunter, consultant, seniorrådgiver, bemanning. */
    private static final Pattern AGENCY_WORDS = Pattern.compile(
            "recruit|rekrutt|search|headhunt|consult|konsulent|rådgiv|bemanning|staffing",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private InviteeDetails() {
    }

    /**
     * @param text         the pasted text the people were read from, with whatever surrounds their addresses
     * @param employerName the application's employer, or null
     */
    public static List<Invitee> read(List<Invitee> people, String text, String employerName) {
        Optional<String> employer = Domains.employers(people.stream().map(p -> Domains.of(p.address())).toList(),
                employerName);
        List<String> names = people.stream().map(Invitee::name).toList();
        return people.stream().map(person -> detailed(person, text == null ? "" : text, employer,
                names.stream().filter(n -> !n.equals(person.name())).toList())).toList();
    }

    private static Invitee detailed(Invitee person, String text, Optional<String> employer, List<String> others) {
        TitlesInText.Found found = TitlesInText.about(person.name(), text, others);
        String domain = Domains.of(person.address());
        boolean elsewhere = employer.isPresent() && !employer.get().equals(domain);
        String organisation = !found.organisation().isEmpty() ? found.organisation()
                : elsewhere ? Domains.organisation(domain, text) : "";
        boolean recruiter = elsewhere && AGENCY_WORDS.matcher(found.title() + " " + organisation).find();
        return person.withDetails(found.title(), organisation, recruiter);
    }
}
