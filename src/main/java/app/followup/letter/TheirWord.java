package app.followup.letter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The interviewer's word or phrase, in the forms a replacement may write, in the capitals they used. */
final class TheirWord {
    private static final Pattern ONE_WORD =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(-[\\p{L}\\p{M}\\p{N}]+)*");
    private final String written;
    private final String folded;
    private final NounParadigm paradigm;

    TheirWord(String written, NounMorphology morphology) {
        this.written = written;
        this.folded = CaseFolding.fold(written);
        // Capitals are carried over letter by letter, which needs folding to keep every letter in place. An
        // acronym ("KAM") or anything but one word is written only as given.
        boolean inflectable = ONE_WORD.matcher(written).matches() && folded.length() == written.length()
                && !written.equals(written.toUpperCase(Locale.ROOT));
        this.paradigm = inflectable ? morphology.paradigm(folded) : NounParadigm.exactOnly(folded);
    }

    String written() {
        return written;
    }

    boolean inflects() {
        return paradigm.inflects();
    }

    /** The one form for these slots, or null when the slots or the readings do not give one for certain. */
    String form(Set<NounSlot> slots) {
        String form = null;
        for (NounSlot slot : slots) {
            String candidate = paradigm.certainForm(slot);
            if (candidate == null || form != null && !form.equals(candidate)) {
                return null;
            }
            form = candidate;
        }
        return form == null ? null : cased(form);
    }

    /**
     * Their word as the first part of a compound ("kunde" in "kundebasen"), or null when it cannot be one: an
     * adjective used as a noun makes a non-word there ("innkjøpsansvarligmøtet").
     */
    String compoundStem() {
        return paradigm.joinsCompounds() ? form(Set.of(NounSlot.SINGULAR)) : null;
    }

    /** Whether their noun has the same gender as another, so a word agreeing with one agrees with the other. */
    boolean sameGender(NounParadigm other) {
        Boolean theirs = paradigm.neuter();
        return theirs != null && theirs.equals(other.neuter());
    }

    /** Whether a folded word is already one of their forms, so there is nothing to replace. */
    boolean isFormOf(String word) {
        return word.equals(folded) || paradigm.recognise(word).found();
    }

    /** A first part of a compound that is already theirs ("kundebasen" when they say "kunde"). */
    boolean startsCompound(String word) {
        String stem = paradigm.certainForm(NounSlot.SINGULAR);
        return stem != null && word.startsWith(stem);
    }

    /** The generated form with the capitals of the word as they wrote it ("KAM-rollen" gives "KAM-rolle"). */
    private String cased(String form) {
        int same = 0;
        while (same < form.length() && same < folded.length() && form.charAt(same) == folded.charAt(same)) {
            same++;
        }
        return written.substring(0, same) + form.substring(same);
    }
}
