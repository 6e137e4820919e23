package app.followup.invite;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an address's domain says about where someone works: the organisation's name (peoplefirst-search.co.uk is
 * PeopleFirst Search, spelt as the text around it spells it), and which domain is the employer's. Free mail
 * services name no organisation.
 */
final class Domains {
    /** Second levels under a country code (co.uk, com.au): the name is the label before them. */
    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "org", "net", "ac", "gov", "ltd", "plc",
            "priv", "kommune", "nhs");
    private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "hotmail", "outlook", "live", "msn",
            "yahoo", "icloud", "me", "mac", "aol", "proton", "protonmail", "gmx", "online", "example");

    private Domains() {
    }

    static String of(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT).strip();
    }

    /** "peoplefirst-search" for tom@mail.peoplefirst-search.co.uk; empty for a free mail service. */
    static String nameLabel(String domain) {
        List<String> labels = Arrays.asList(domain.split("\\."));
        int last = labels.size() - 1;
        if (last >= 2 && SECOND_LEVELS.contains(labels.get(last - 1))) {
            last--;
        }
        String label = last >= 1 ? labels.get(last - 1) : "";
        return FREE_MAIL.contains(label) ? "" : label;
    }

    /**
     * The organisation behind a domain as the text writes it ("PeopleFirst Search" for peoplefirst-search, its
     * letters found with or without spaces and hyphens), else the label's words capitalised; empty for free mail.
     */
    static String organisation(String domain, String text) {
        String label = nameLabel(domain);
        String letters = label.replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() < 2) {
            return "";
        }
        StringBuilder loose = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < letters.length(); i++) {
            loose.append(i == 0 ? "" : "[ -]?").append(Pattern.quote(letters.substring(i, i + 1)));
        }
        loose.append("(?![\\p{L}\\p{N}])");
        var inText = Pattern.compile(loose.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        while (inText.find()) {
            String found = inText.group();
            if (!found.equals(found.toLowerCase(Locale.ROOT))) {
                return found;
            }
        }
        return Arrays.stream(label.split("-")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /**
     * The employer's domain: the one whose name is the employer's name, else the one most of the people write
     * from when at least two share it and no other domain has as many; empty when neither tells.
     */
    static Optional<String> employers(Collection<String> domains, String employerName) {
        String employer = folded(employerName);
        if (!employer.isEmpty()) {
            Optional<String> named = domains.stream().filter(d -> {
                String label = folded(nameLabel(d));
                return label.length() >= 3 && (label.contains(employer) || employer.contains(label));
            }).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        Map<String, Long> counts = domains.stream().collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> mostShared = counts.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        return most >= 2 && mostShared.size() == 1 ? Optional.of(mostShared.get(0)) : Optional.empty();
    }

    private static String folded(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("\\b(as|asa|ltd|limited|plc|ab|inc)\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
