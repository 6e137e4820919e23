package app.followup.invite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an invitation says about the interview itself, for page 1: the employer, the position, and the employer's
 * address one line a part. Each is empty when the invitation does not say it plainly; the user types it then.
 */
public record InterviewDetails(Optional<String> employer, Optional<String> position, List<String> address) {
    /** A meeting on a screen has no address: a link, or one of the video services by name. */
    private static final Pattern VIDEO = Pattern.compile("https?://|www\\.|\\b(?:microsoft\\s+)?teams\\b|\\bzoom\\b"
            + "|google\\s+meet|meet\\.google|\\bwebex\\b|\\bskype\\b|\\bwhereby\\b|\\bvideo|\\bonline\\b"
            + "|\\bdigital(?:t)?\\b|\\btelefon|\\bphone\\b|\\bvirtual\\b", Pattern.CASE_INSENSITIVE);
    /** An email's subject line, as a mail program copies it in English or Norwegian. */
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:subject|emne)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern DIGIT = Pattern.compile("\\d");

    public InterviewDetails {
        address = List.copyOf(address);
    }

    /** From a calendar invitation: its title (SUMMARY), its place (LOCATION), its people. */
    public static InterviewDetails ofInvitation(String title, String place, List<Invitee> people, String ownAddress) {
        Optional<String> domain = EmployerDomain.of(people, ownAddress, orEmpty(place));
        List<String> parts = isOnScreen(place) ? List.of() : parts(place);
        Optional<String> employer = Optional.empty();
        List<String> address = List.of();
        if (!parts.isEmpty() && domain.isPresent() && EmployerDomain.names(parts.get(0), domain.get())) {
            employer = Optional.of(parts.get(0));
            address = parts.subList(1, parts.size());
        } else if (!parts.isEmpty()) {
            // "Meeting room Fjord, Strandkaien 14, Bergen": the address starts where a street's number does
            address = parts.subList(firstWithNumber(parts), parts.size());
        }
        if (employer.isEmpty()) {
            employer = domain.map(EmployerDomain::readable);
        }
        return new InterviewDetails(employer, InterviewTitle.position(title), address);
    }

    /**
     * From text pasted from an email: the position from its subject line ("Subject:"/"Emne:", or a first line that
     * reads as an interview's title), the employer from its people's addresses; an email gives no address.
     */
    public static InterviewDetails ofEmail(String text, List<Invitee> people, String ownAddress) {
        String body = orEmpty(text);
        Matcher subject = SUBJECT.matcher(body);
        String title = subject.find() ? subject.group(1)
                : body.strip().lines().findFirst().filter(line -> !line.contains("@")).orElse("");
        return new InterviewDetails(EmployerDomain.of(people, ownAddress, "").map(EmployerDomain::readable),
                InterviewTitle.position(title), List.of());
    }

    public boolean isEmpty() {
        return employer.isEmpty() && position.isEmpty() && address.isEmpty();
    }

    private static boolean isOnScreen(String place) {
        return place != null && VIDEO.matcher(place).find();
    }

    private static List<String> parts(String place) {
        List<String> parts = new ArrayList<>();
        Arrays.stream(orEmpty(place).split("[,;\\n]")).map(String::strip).filter(p -> !p.isEmpty())
                .forEach(parts::add);
        return parts;
    }

    /** Where the address starts; past the end when no part has a number, so a room's name is no address. */
    private static int firstWithNumber(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (DIGIT.matcher(parts.get(i)).find()) {
                return i;
            }
        }
        return parts.size();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
