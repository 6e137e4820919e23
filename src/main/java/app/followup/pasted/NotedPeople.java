package app.followup.pasted;

import app.followup.letter.GivenNames;
import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people the notes quote, put into the round's participants: notes name people as the candidate calls them
 * ("Hans Petter", "Ingrid"), the invitation as they sign ("Hans Petter Lie"), and both are the same person.
 */
final class NotedPeople {
    private NotedPeople() {
    }

    /**
     * The participants, each matched one taking the noted role and (when it has none) the noted title, and every
     * unmatched person added, without an address.
     */
    static List<Participant> merged(List<Participant> participants, List<NotedPerson> people, Language language) {
        List<Participant> result = new ArrayList<>(participants);
        boolean noneThere = participants.isEmpty();
        for (NotedPerson person : people) {
            if (person.name() == null || person.name().isBlank()) {
                continue;
            }
            Optional<Integer> match = match(result, person.name());
            if (match.isPresent()) {
                int index = match.get();
                result.set(index, updated(result.get(index), person));
            } else {
                // into a table no invitation filled, the one who decides was in the room and reads the plan too;
                // beside an invitation's people, someone new has no address the letter could go to
                boolean reads = result.isEmpty() || noneThere && person.role() == Role.DECISION_MAKER;
                result.add(added(person, reads, language));
            }
        }
        return result;
    }

    /**
     * The participants with the people a decision step names: one matched keeps what the invitation or the user
     * gave (role, title, email) and takes only the noted organisation when it has none; anyone else is added as
     * no addressee, since a step says what they do, not that the letter is written to them.
     */
    static List<Participant> withNamedInSteps(List<Participant> participants, List<NotedPerson> people,
            Language language) {
        List<Participant> result = new ArrayList<>(participants);
        for (NotedPerson person : people) {
            Optional<Integer> match = match(result, person.name());
            if (match.isPresent()) {
                Participant there = result.get(match.get());
                boolean hasOrganisation = there.organisation() != null && !there.organisation().isBlank();
                if (!hasOrganisation && person.organisation() != null) {
                    result.set(match.get(), there.withOrganisation(person.organisation()));
                }
            } else {
                result.add(added(person, false, language));
            }
        }
        return result;
    }

    /** The full name of the participant the notes' name stands for, or the name as noted when none is there. */
    static String fullName(List<Participant> participants, String noted) {
        return match(participants, noted).map(i -> participants.get(i).name()).orElse(noted.strip());
    }

    private static Participant updated(Participant there, NotedPerson noted) {
        Participant result = noted.role() == null ? there : there.withRole(noted.role());
        // the invitation's "Salgsdirektør" is how they sign; the notes' "salgsdir." is shorthand
        boolean hasTitle = there.title() != null && !there.title().isBlank();
        return hasTitle || noted.title() == null ? result : result.withTitle(noted.title());
    }

    /**
     * As "Add participant" makes a row: the first is the sponsor and the addressee, later ones "other" (an
     * addressee too when {@code reads}, as the decision maker is in an empty table). Notes call
     * people by the name they go by, so a double given name noted alone ("Hans Petter") is how the letter greets
     * them, where the same two words typed as a full name would be a given name and a surname.
     */
    private static Participant added(NotedPerson noted, boolean reads, Language language) {
        Role role = noted.role() != null ? noted.role() : reads ? Role.SPONSOR : Role.OTHER;
        String name = noted.name().strip();
        Participant person = Participant.of(name, noted.title(), null, role).withOrganisation(noted.organisation());
        if (GivenNames.isDoubleGivenName(name, language)) {
            person = person.withGreetingName(name);
        }
        return reads ? person.withAddressee(true) : person;
    }

    /**
     * The one participant whose full name is the noted name, or else whose given names are (or begin with) it;
     * none when two could be meant, since a role given to the wrong person changes whom the letter is written to.
     */
    private static Optional<Integer> match(List<Participant> participants, String noted) {
        List<String> words = words(noted);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < participants.size(); i++) {
            if (words(participants.get(i).name()).equals(words)) {
                return Optional.of(i);
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            List<String> there = words(participants.get(i).name());
            if (!there.isEmpty() && (startsWith(there, words) || startsWith(words, there))) {
                found.add(i);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean startsWith(List<String> longer, List<String> shorter) {
        return longer.size() >= shorter.size() && longer.subList(0, shorter.size()).equals(shorter);
    }

    private static List<String> words(String name) {
        return name == null || name.isBlank() ? List.of()
                : Arrays.asList(name.strip().toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }
}
