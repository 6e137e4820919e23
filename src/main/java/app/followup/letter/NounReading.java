package app.followup.letter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;

/**
 * One way to read a word a user listed: its dictionary form and the spellings of each slot, the one to write
 * first (bokmål "jenten" before "jenta"; a spelling the user listed is moved first). All forms are case-folded.
 */
record NounReading(String lemma, Map<NounSlot, List<String>> forms) {
    NounReading {
        forms = Map.copyOf(forms);
    }

    static NounReading of(String lemma, List<String> definite, List<String> plural, List<String> definitePlural) {
        Map<NounSlot, List<String>> forms = new EnumMap<>(NounSlot.class);
        forms.put(NounSlot.SINGULAR, List.of(lemma));
        if (!definite.isEmpty()) {
            forms.put(NounSlot.DEFINITE_SINGULAR, List.copyOf(definite));
        }
        forms.put(NounSlot.PLURAL, List.copyOf(plural));
        if (!definitePlural.isEmpty()) {
            forms.put(NounSlot.DEFINITE_PLURAL, List.copyOf(definitePlural));
        }
        return new NounReading(lemma, forms);
    }

    String preferred(NounSlot slot) {
        List<String> spellings = forms.get(slot);
        return spellings == null ? null : spellings.get(0);
    }

    Set<NounSlot> slotsOf(String form) {
        Set<NounSlot> slots = EnumSet.noneOf(NounSlot.class);
        forms.forEach((slot, spellings) -> {
            if (spellings.contains(form)) {
                slots.add(slot);
            }
        });
        return slots;
    }

    /** The same reading with the spelling the user listed written first in its slot. */
    NounReading preferring(String listed) {
        Map<NounSlot, List<String>> reordered = new EnumMap<>(NounSlot.class);
        forms.forEach((slot, spellings) -> {
            if (spellings.size() > 1 && spellings.contains(listed)) {
                ArrayList<String> first = new ArrayList<>(spellings);
                first.remove(listed);
                first.add(0, listed);
                reordered.put(slot, List.copyOf(first));
            } else {
                reordered.put(slot, spellings);
            }
        });
        return new NounReading(lemma, reordered);
    }

    NounReading withPrefix(String prefix) {
        Map<NounSlot, List<String>> prefixed = new EnumMap<>(NounSlot.class);
        forms.forEach((slot, spellings) -> prefixed.put(slot, spellings.stream().map(s -> prefix + s).toList()));
        return new NounReading(prefix + lemma, prefixed);
    }
}
