package app.followup.letter;

import java.util.BitSet;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of a noun a user listed, from the likeliest reading of it and the other readings it could have. A slot
 * is certain only when every reading spells it the same: that is the line between a form the replacement may
 * write and a form it must leave for {@code check} to name. All forms are case-folded.
 */
final class NounParadigm {
    private final String listed;
    private final List<NounReading> readings;

    /** Every form of every reading: most words of a text are none of them, and are told so at once. */
    private final Set<String> forms;
    /** The lengths of those forms and of the listed word: most tails of a compound have none of them. */
    private final BitSet formLengths = new BitSet();

    private NounParadigm(String listed, List<NounReading> readings) {
        this.listed = listed;
        this.readings = readings;
        Set<String> all = new HashSet<>();
        readings.forEach(r -> r.forms().values().forEach(all::addAll));
        this.forms = Set.copyOf(all);
        if (listed != null) {
            formLengths.set(listed.length());
        }
        forms.forEach(form -> formLengths.set(form.length()));
    }

    /** A word or phrase no rule can inflect: only the form listed is known. */
    static NounParadigm exactOnly(String listed) {
        return new NounParadigm(listed, List.of());
    }

    /** @param readings the likeliest first; each must contain the listed form */
    static NounParadigm of(String listed, List<NounReading> readings) {
        return new NounParadigm(listed, readings.stream().map(r -> r.preferring(listed)).toList());
    }

    String listed() {
        return listed;
    }

    boolean inflects() {
        return !readings.isEmpty();
    }

    /** The slot's form when every reading agrees on it, else null. */
    String certainForm(NounSlot slot) {
        if (readings.isEmpty()) {
            return null;
        }
        String form = readings.get(0).preferred(slot);
        for (NounReading other : readings) {
            if (form == null || !form.equals(other.preferred(slot))) {
                return null;
            }
        }
        return form;
    }

    /** Whether the noun is neuter (its definite singular ends in -t), or null when that is not certain. */
    Boolean neuter() {
        String definite = certainForm(NounSlot.DEFINITE_SINGULAR);
        return definite == null ? null : definite.endsWith("t");
    }

    /**
     * Whether the word can open a closed compound: a noun can, an adjective used as a noun, whose readings have no
     * definite forms of their own ({@link AdjectivalNoun}), cannot.
     */
    boolean joinsCompounds() {
        return readings.stream().allMatch(r -> r.forms().containsKey(NounSlot.DEFINITE_SINGULAR));
    }

    /** The stems the noun may have as the first part of a compound: each reading's singular. */
    Set<String> stems() {
        Set<String> stems = new LinkedHashSet<>();
        readings.forEach(r -> stems.add(r.preferred(NounSlot.SINGULAR)));
        return stems;
    }

    /** Whether a folded word is one of the forms of any reading (or the listed word), without saying which. */
    boolean isAnyForm(String word) {
        return word.equals(listed) || forms.contains(word);
    }

    /** Whether the folded word from {@code from} on is a form, without copying a tail no form is as long as. */
    boolean isAnyFormFrom(String word, int from) {
        return formLengths.get(word.length() - from) && isAnyForm(word.substring(from));
    }

    /** What a folded word of the text is to this noun. */
    Recognition recognise(String word) {
        if (readings.isEmpty()) {
            return word.equals(listed) ? Recognition.uncertain() : Recognition.NONE;
        }
        if (!forms.contains(word)) {
            return Recognition.NONE;
        }
        Set<NounSlot> slots = readings.get(0).slotsOf(word);
        boolean elsewhere = false;
        for (NounReading other : readings.subList(1, readings.size())) {
            Set<NounSlot> otherSlots = other.slotsOf(word);
            if (!otherSlots.isEmpty() && !slots.containsAll(otherSlots) || otherSlots.isEmpty() && !slots.isEmpty()) {
                elsewhere = true;
            }
            if (slots.isEmpty() && !otherSlots.isEmpty()) {
                return Recognition.uncertain();
            }
        }
        if (slots.isEmpty()) {
            return Recognition.NONE;
        }
        boolean certain = !elsewhere && slots.stream().allMatch(slot -> certainForm(slot) != null);
        return certain ? new Recognition(slots, true) : Recognition.uncertain();
    }

    /** A word of the text is a form in {@code slots} for certain, or a form whose slot is in doubt, or none. */
    record Recognition(Set<NounSlot> slots, boolean certain) {
        static final Recognition NONE = new Recognition(Set.of(), false);

        static Recognition uncertain() {
            return new Recognition(EnumSet.noneOf(NounSlot.class), false);
        }

        boolean found() {
            return this != NONE;
        }
    }
}
