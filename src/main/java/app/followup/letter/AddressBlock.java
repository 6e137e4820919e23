package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PDF letter's address block: the letter goes to the employer, so the block names the addressees who work
 * there, each with their title, then the employer's name and address ("Lars Olav Nes / Salgssjef ortopedi /
 * Nordic Surgical Norge AS / Strandveien 50"). A recruiter from an agency who is also greeted is not put above
 * the employer's name, where the block would read as if the employer's people worked at the agency; the greeting
 * and the email's To already show them. Only a letter to nobody from the employer is addressed to the agency.
 * A title typed in capitals is written in ordinary case, with a capital first as the block's lines have.
 */
final class AddressBlock {
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,]+");

    private AddressBlock() {
    }

    static List<String> lines(Notes notes, Addressing addressing) {
        Language language = notes.languageOrDefault();
        Set<String> names = namesInNotes(notes, addressing.addressees());
        String employer = Texts.inline(notes.employer().name());
        List<Participant> employers = addressing.addressees().stream()
                .filter(p -> !isElsewhere(p, employer)).toList();
        List<String> lines = new ArrayList<>();
        for (Participant addressee : employers.isEmpty() ? addressing.addressees() : employers) {
            addIfPresent(lines, addressee.name());
            String title = Texts.inline(addressee.title());
            if (title != null) {
                lines.add(Texts.capitalise(TypedInCapitals.normal(title, language, names), language.locale()));
            }
        }
        if (employers.isEmpty() && !addressing.addressees().isEmpty()) {
            addIfPresent(lines, addressing.addressees().get(addressing.addressees().size() - 1).organisation());
        } else {
            addIfPresent(lines, employer);
            notes.employer().address().forEach(line -> addIfPresent(lines, line));
        }
        return lines;
    }

    /** Someone whose organisation is another than the employer: "Amesto Rekruttering" for Nordic Surgical. */
    static boolean isElsewhere(Participant participant, String employer) {
        String organisation = Texts.inline(participant.organisation());
        return organisation != null && (employer == null
                || !CompanyNames.shortName(organisation).equalsIgnoreCase(CompanyNames.shortName(employer)));
    }

    /** The names of the employer and the people, as the notes write them, to keep their capitals in a title. */
    static Set<String> namesInNotes(Notes notes, List<Participant> people) {
        Set<String> names = new HashSet<>();
        List<String> sources = new ArrayList<>();
        sources.add(notes.employer().name());
        for (Participant person : people) {
            sources.add(person.name());
            sources.add(person.organisation());
        }
        for (String source : sources) {
            String clean = Texts.inline(source);
            if (clean != null && !TypedInCapitals.isShouted(clean)) {
                names.addAll(List.of(NAME_SEPARATORS.split(clean)));
            }
        }
        return names;
    }

    private static void addIfPresent(List<String> lines, String text) {
        String clean = Texts.inline(text);
        if (clean != null) {
            lines.add(clean);
        }
    }
}
