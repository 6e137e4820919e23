package app.followup.letter;

import app.followup.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a Norwegian note's words go in the letter's sentence: a sentence adverb before the verb in an at-clause
 * ("at partnerkanalen ikke vokser"), the verb first after a fronted clause ("Blir det ikke løst, fortsetter marginen
 * å falle"), a pronoun subject back before its verb. English keeps the note's order. The reading of the note (which
 * word is its verb) is {@link NoteText}'s.
 */
final class NorwegianWordOrder {
    /** Norwegian sentence adverbs, which an "at"-clause puts before the finite verb. */
    private static final Set<String> NB_SENTENCE_ADVERBS = Set.of(
            "ikke", "aldri", "alltid", "også", "bare", "fortsatt", "ofte", "sjelden", "lenger", "heller", "kanskje",
            "egentlig", "nesten", "allerede", "gjerne");

    /** A sentence adverb that closes a group with the adverb before it: "nesten ikke", "ikke lenger". */
    private static final Set<String> NB_GROUP_ENDS = Set.of("ikke", "lenger", "aldri", "alltid");

    /** Auxiliaries whose place a long subject hides from the note's reading: "… blir ikke nådd", "… er ikke". */
    private static final Set<String> FAR_AUXILIARIES = Set.of("blir", "er", "har", "kan", "vil", "skal", "må", "får");

    /** Unstressed object pronouns, which stand before a sentence adverb in a main clause ("kjenner dem ikke"). */
    private static final Set<String> NB_OBJECT_PRONOUNS = Set.of("meg", "deg", "ham", "henne", "den", "det", "oss",
            "dere", "dem", "seg");

    /** "ingen relasjon" after the verb of an at-clause is "ikke … noen relasjon". */
    private static final Map<String, String> NB_NEGATED_SOME = Map.of("ingen", "noen", "ingenting", "noe", "intet",
            "noe");

    /** Conjunctions that open a clause of their own, which an inversion of the main verb would break apart. */
    private static final Set<String> NB_SUBORDINATORS = Set.of(
            "siden", "fordi", "hvis", "dersom", "mens", "ettersom", "når", "så", "at", "men");

    private final NoteText text;
    private final Language language;

    NorwegianWordOrder(NoteText text, Language language) {
        this.text = text;
        this.language = language;
    }

    /**
     * The note as a subordinate clause without its conjunction: in Norwegian a sentence adverb moves before the
     * verb ("partnerkanalen vokser ikke i takt" → "partnerkanalen ikke vokser i takt"); English keeps its order.
     */
    String subordinate(String note) {
        String inner = text.inner(note);
        if (inner == null || language != Language.NB) {
            return inner;
        }
        List<String> words = new ArrayList<>(Arrays.asList(inner.split(" ")));
        int verb = text.finiteVerbAt(inner);
        if (verb > 0 && verb + 1 < words.size()
                && NB_SENTENCE_ADVERBS.contains(NoteText.bare(words.get(verb + 1)).toLowerCase(Locale.ROOT))) {
            // "brukes nesten ikke" is "nesten ikke brukes": the group moves as one, or "ikke" is left behind
            adverbsBefore(words, verb);
        } else if (verb > 0 && verb + 2 < words.size()
                && NB_OBJECT_PRONOUNS.contains(NoteText.bare(words.get(verb + 1)).toLowerCase(Locale.ROOT))
                && NB_SENTENCE_ADVERBS.contains(NoteText.bare(words.get(verb + 2)).toLowerCase(Locale.ROOT))) {
            // "kjenner dem ikke" is "ikke kjenner dem" in an at-clause: the adverb goes before the verb
            String adverb = words.remove(verb + 2);
            words.add(verb, adverb);
        } else if (verb > 0 && verb + 1 < words.size()) {
            // "har ingen relasjon" is "ikke har noen relasjon" in an at-clause: the negation is a sentence adverb
            String after = words.get(verb + 1);
            String some = NB_NEGATED_SOME.get(NoteText.bare(after));
            if (some != null) {
                words.set(verb + 1, after.replace(NoteText.bare(after), some));
                words.add(verb, "ikke");
            }
        }
        if (verb < 0) {
            adverbBeforeAuxiliaryFarIn(words);
        }
        adverbsBeforeCoordinatedVerbs(words);
        return String.join(" ", words);
    }

    /** The adverb, or the group of two ("nesten ikke"), right after the verb at {@code verb} moved before it. */
    private static void adverbsBefore(List<String> words, int verb) {
        int group = adverbGroupAfter(words, verb);
        for (int i = 0; i < group; i++) {
            words.add(verb + i, words.remove(verb + 1 + i));
        }
    }

    /**
     * How many sentence adverbs after the verb go before it together: two when the second is one a first adverb
     * qualifies ("nesten ikke", "ikke lenger", "ofte ikke", "nesten aldri", "fortsatt ikke"), else one. "heller" and
     * the like are left where they are ("ikke … heller" is not one group).
     */
    private static int adverbGroupAfter(List<String> words, int verb) {
        if (verb + 2 >= words.size()) {
            return 1;
        }
        String second = NoteText.bare(words.get(verb + 2)).toLowerCase(Locale.ROOT);
        return NB_GROUP_ENDS.contains(second) ? 2 : 1;
    }

    /**
     * A long subject puts the verb past where the note's reading looks for it: "budsjettet for 2027 med 40 millioner i
     * ny omsetning blir ikke nådd" after "betyr det at" is "… ikke blir nådd" (a tester's letter). Only one of the
     * commonest auxiliaries followed by a sentence adverb is moved so, since inside a subordinate clause the adverb
     * goes before the finite verb wherever it stands.
     */
    private static void adverbBeforeAuxiliaryFarIn(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String adverb = NoteText.bare(words.get(i + 1)).toLowerCase(Locale.ROOT);
            if (FAR_AUXILIARIES.contains(words.get(i)) && NB_SENTENCE_ADVERBS.contains(adverb)) {
                adverbsBefore(words, i);
                return;
            }
        }
    }

    /**
     * The second verb of an at-clause takes its adverb first too: "at selgerne jager nye kunder og følger ikke opp de
     * eksisterende" is "… og ikke følger opp …" (a Norwegian tester's letter kept the note's main-clause order).
     */
    private void adverbsBeforeCoordinatedVerbs(List<String> words) {
        for (int i = 1; i + 2 < words.size(); i++) {
            String adverb = NoteText.bare(words.get(i + 2)).toLowerCase(Locale.ROOT);
            if ((words.get(i).equals("og") || words.get(i).equals("men")) && NB_SENTENCE_ADVERBS.contains(adverb)
                    && text.opensWithVerb(words.get(i + 1) + " " + words.get(i + 2))) {
                adverbsBefore(words, i + 1);
            }
        }
    }

    /**
     * A verb-first note with a pronoun subject in the usual order: "mister de 30 byråer" → "de mister 30 byråer".
     * Any other note stays as it is, since where a noun subject ends cannot be read for certain.
     */
    String subjectFirst(String note) {
        String inner = text.inner(note);
        List<String> words = text.words(note);
        if (inner == null || !text.opensWithVerb(note) && !text.opensWithReach(note)
                || !NoteText.isSubjectPronoun(words.get(1))) {
            return note;
        }
        String[] parts = inner.split(" ", 3);
        return parts[1] + " " + parts[0] + (parts.length > 2 ? " " + parts[2] : "");
    }

    /**
     * The note with its verb first, as Norwegian word order wants after a fronted clause: "marginen fortsetter å
     * falle" → "fortsetter marginen å falle" ("Blir det ikke løst, fortsetter marginen å falle").
     */
    String inverted(String note) {
        String inner = text.inner(note);
        int verb = text.finiteVerbAt(inner);
        if (inner == null || verb <= 0) {
            return inner;
        }
        List<String> words = new ArrayList<>(Arrays.asList(inner.split(" ")));
        String finite = words.remove(verb);
        boolean adverbFollows = verb < words.size()
                && NB_SENTENCE_ADVERBS.contains(NoteText.bare(words.get(verb)).toLowerCase(Locale.ROOT));
        // a pronoun subject stays before the adverb ("når de ikke målet"), a noun may follow it ("nås ikke målet")
        boolean pronounSubject = verb == 1 && NoteText.isSubjectPronoun(text.words(inner).get(0));
        // a group ("nesten ikke") stays after the subject as one: "brukes CRM nesten ikke"
        boolean group = adverbFollows && verb + 1 < words.size()
                && NB_GROUP_ENDS.contains(NoteText.bare(words.get(verb + 1)).toLowerCase(Locale.ROOT));
        if (adverbFollows && !pronounSubject && !group) {
            words.add(0, words.remove(verb));
        }
        words.add(0, finite);
        return String.join(" ", words);
    }

    /**
     * True when the note's finite verb can move first without taking the sentence apart: the reading found it, no
     * conjunction before it opens a clause of its own ("siden Østlandet står …"), and the note is one line of
     * thought without a comma, whose second clause would be left behind or dragged along ("ryker, siden …"). A
     * clause after the verb goes along unharmed: "mister dere kontrakten når den går ut".
     */
    boolean isSimpleMainClause(String note) {
        String clean = Texts.clause(note);
        int verb = clean == null ? -1 : text.finiteVerbAt(note);
        if (verb <= 0 || clean.contains(",") || clean.contains(";")) {
            return false;
        }
        return text.words(note).subList(0, verb).stream().noneMatch(NB_SUBORDINATORS::contains);
    }
}
