package app.followup.invite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The employer's side of an invitation: the mail domain most of its people write from, leaving out the candidate,
 * free mail services and recruitment agencies (an invitation is often sent by the agency's consultant, who must
 * never become the employer). A tie between two domains is no answer unless the meeting's place names one of them.
 */
public final class EmployerDomain {
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
            "online.no", "live.no", "hotmail.no", "yahoo.no", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com");
    /** Words in a recruitment agency's domain, and the largest agencies by name. */
    private static final List<String> AGENCY_WORDS = List.of("recruit", "rekrutt", "search", "talent", "staffing",
            "bemanning", "headhunt", "hays", "adecco", "manpower", "randstad", "michaelpage", "academicwork",
            "experis", "kellyservices");
    /** Second-level labels under a country's domain: brightwave-logistics.co.uk is Brightwave Logistics'. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "ltd", "plc",
            "priv");

    private EmployerDomain() {
    }

    /**
     * @param people     everyone the invitation names, the organizer or sender first
     * @param ownAddress the candidate's address, or null
     * @param place      the meeting's place, perhaps naming the employer first; empty when none
     */
    public static Optional<String> of(List<Invitee> people, String ownAddress, String place) {
        String own = ownAddress == null ? "" : ownAddress.strip().toLowerCase(Locale.ROOT);
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        for (Invitee invitee : people) {
            String address = invitee.address().toLowerCase(Locale.ROOT);
            String domain = address.substring(address.indexOf('@') + 1);
            if (!address.equals(own) && !FREE_MAIL.contains(domain) && !isAgency(domain)) {
                perDomain.merge(domain, 1, Integer::sum);
            }
        }
        int most = perDomain.values().stream().max(Integer::compare).orElse(0);
        List<String> leading = new ArrayList<>(perDomain.keySet().stream()
                .filter(domain -> perDomain.get(domain) == most).toList());
        if (leading.size() == 1) {
            return Optional.of(leading.get(0));
        }
        String firstPart = place == null ? "" : place.split("[,;\\n]", 2)[0];
        return leading.stream().filter(domain -> names(firstPart, domain)).findFirst();
    }

    /** "Brightwave Logistics" for brightwave-logistics.co.uk, "DNB" for dnb.no. */
    public static String readable(String domain) {
        String name = nameLabel(domain);
        if (name.length() <= 3) {
            return name.toUpperCase(Locale.ROOT);
        }
        StringBuilder words = new StringBuilder();
        for (String word : name.split("[-_]+")) {
            if (!word.isEmpty()) {
                words.append(words.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return words.toString();
    }

    /** Whether an organisation's name is the one the domain spells: "Fjordkraft Solutions AS" ~ fjordkraft-solutions.no. */
    public static boolean names(String organisation, String domain) {
        String name = folded(organisation);
        String label = folded(nameLabel(domain));
        return name.length() >= 3 && label.length() >= 3 && (name.startsWith(label) || label.startsWith(name));
    }

    private static boolean isAgency(String domain) {
        String label = folded(nameLabel(domain));
        return AGENCY_WORDS.stream().anyMatch(label::contains);
    }

    /** The label an organisation registers: the one before the country's or the generic top-level domain. */
    private static String nameLabel(String domain) {
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        int last = labels.length - 1;
        if (last >= 2 && labels[last].length() == 2 && SECOND_LEVEL.contains(labels[last - 1])) {
            last--;
        }
        return last >= 1 ? labels[last - 1] : labels[0];
    }

    /** Letters and digits only, without accents, so that "Løsninger AS" and losninger compare. */
    private static String folded(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("å", "a");
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("[^\\p{Alnum}]", "");
    }
}
