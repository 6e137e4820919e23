package app.followup.letter;

import app.followup.model.Candidate;

/**
 * "Sindre Aasen · 915 22 480": the letterhead carries the rest of the contact details. A phone field holding no
 * digit or letter (a stray "," or "-") is left out rather than signed as " · ,".
 */
final class Signature {
    private Signature() {
    }

    static String of(Candidate candidate) {
        String name = Texts.inline(candidate.name());
        String phone = Texts.inline(candidate.phone());
        if (phone != null && phone.codePoints().noneMatch(Character::isLetterOrDigit)) {
            phone = null;
        }
        if (name == null) {
            return phone;
        }
        return phone == null ? name : name + " · " + phone;
    }
}
