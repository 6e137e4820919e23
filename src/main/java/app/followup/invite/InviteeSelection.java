package app.followup.invite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the people found become new participants: not the candidate (who is on every invitation), not anyone
 * the table has already (the same address, whatever its case). The employer's people come first: an invitation is
 * often sent by the recruiter, whose name then heads the list, and the first new row of an empty table is the
 * sponsor and the addressee. The employer is the organisation most of the others write from.
 */
public record InviteeSelection(List<Invitee> added, List<Invitee> yourself, List<Invitee> alreadyThere) {
    public InviteeSelection {
        added = List.copyOf(added);
        yourself = List.copyOf(yourself);
        alreadyThere = List.copyOf(alreadyThere);
    }

    /**
     * @param ownAddress the candidate's address from the application, or null
     * @param inTable    the addresses of the participants already in the table
     */
    public static InviteeSelection of(List<Invitee> found, String ownAddress, Collection<String> inTable) {
        String own = folded(ownAddress);
        Set<String> present = inTable.stream().map(InviteeSelection::folded).collect(Collectors.toSet());
        List<Invitee> added = new ArrayList<>();
        List<Invitee> yourself = new ArrayList<>();
        List<Invitee> alreadyThere = new ArrayList<>();
        for (Invitee invitee : found) {
            String address = folded(invitee.address());
            if (!own.isEmpty() && address.equals(own)) {
                yourself.add(invitee);
            } else if (present.contains(address)) {
                alreadyThere.add(invitee);
            } else {
                added.add(invitee);
            }
        }
        return new InviteeSelection(employerFirst(added), yourself, alreadyThere);
    }

    /**
     * Those who share their address's domain with the most others first, a recruiter last whatever their domain,
     * in the order found otherwise.
     */
    private static List<Invitee> employerFirst(List<Invitee> people) {
        Map<String, Long> perDomain = people.stream()
                .collect(Collectors.groupingBy(InviteeSelection::domain, Collectors.counting()));
        List<Invitee> ordered = new ArrayList<>(people);
        ordered.sort(Comparator.comparing(Invitee::recruiter)
                .thenComparing(Comparator.comparingLong((Invitee invitee) -> perDomain.get(domain(invitee))).reversed()));
        return ordered;
    }

    private static String domain(Invitee invitee) {
        String address = folded(invitee.address());
        return address.substring(address.indexOf('@') + 1);
    }

    private static String folded(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }
}
