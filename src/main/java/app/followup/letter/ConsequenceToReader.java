package app.followup.letter;

import app.followup.model.Language;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A consequence noted as "de når ikke vekstmålet" / "they miss the revenue target". A note stands alone, so its
 * "they" can only be the employer: the very people the letter goes to, who are never spoken of in the third person.
 * The letter says it to them: "dere når ikke vekstmålet" (the plural of the note, whether one or two read it, since
 * it is the company that misses the target) and, after "If nothing changes,", "you will miss the revenue target".
 * Only a leading "de"/"they" that is surely the subject is turned, and in English only when its verb's form is
 * known; any other note stays as typed rather than guessed at. An English "you" (the employer's "we" said back by
 * {@link EmployerWordsToReader}) gets the same future: "you will lose the contract".
 */
final class ConsequenceToReader {
    /** Verbs and auxiliaries that read right after "If nothing changes, you" as they stand. */
    private static final Set<String> EN_KEEP_TENSE = Set.of(
            "will", "would", "can", "could", "may", "might", "must", "should", "shall", "are", "have", "risk",
            "won't", "can't", "cannot", "aren't", "haven't", "don't");

    /** A modal a consequence may open with, its subject left out; contractions typed without the apostrophe mended. */
    private static final Map<String, String> EN_NO_SUBJECT = Map.of(
            "cant", "can't", "can't", "can't", "cannot", "cannot", "wont", "won't", "won't", "won't", "will", "will",
            "couldnt", "couldn't", "couldn't", "couldn't", "need", "need", "must", "must");

    private static final Pattern PASSIVE_PRESENT = Pattern.compile(
            "\\b(?:is|are) ([a-z]+ed|put|cut|lost|hit|shut|set|held|frozen|taken|given|won|sold|closed)\\b");
    /** Past forms without -ed that a lost-business note opens with. */
    private static final Set<String> EN_STRONG_PAST = Set.of("lost", "won", "fell", "sold", "spent", "took", "gave",
            "went", "saw", "got", "made", "left");
    /** Participles that say how things are, not what will happen to them. */
    private static final Set<String> STATES = Set.of("based", "located", "called", "supposed", "used", "interested",
            "concerned", "involved", "expected", "required", "needed", "planned", "scheduled", "owned", "allowed");

    private final NoteText text;
    private final LetterWords words;
    private final Language language;

    ConsequenceToReader(NoteText text, LetterWords words, Language language) {
        this.text = text;
        this.words = words;
        this.language = language;
    }

    /** The note said to the reader, or the note unchanged when it does not open with "de"/"they" as subject. */
    String apply(String note) {
        String inner = text.inner(note);
        String they = words.get("they");
        String you = words.get("you.plural");
        // the employer's "we lose", already said back as "you lose", wants the future after "If nothing changes,"
        if (language == Language.EN && inner != null && inner.startsWith(you + " ")) {
            they = you;
        }
        if (inner != null && language == Language.EN && EN_NO_SUBJECT.containsKey(inner.split(" ", 2)[0])) {
            // "cant justify the trailers": what the company cannot do, with its subject left out in a hurry
            String[] parts = inner.split(" ", 2);
            return you + " " + EN_NO_SUBJECT.get(parts[0]) + (parts.length > 1 ? " " + parts[1] : "");
        }
        if (inner == null || !inner.startsWith(they + " ")) {
            return note;
        }
        String rest = inner.substring(they.length() + 1);
        if (language == Language.NB) {
            return text.opensWithSubject(inner, they) ? you + " " + rest : note;
        }
        String verb = rest.split(" ", 2)[0];
        if (EN_KEEP_TENSE.contains(verb)) {
            return you + " " + rest;
        }
        return isPlainPresent(verb) ? you + " will " + rest : note;
    }

    /**
     * A fact noted about the employer, said to the reader in the tense it was typed in: "they expect £4m" → "you
     * expect £4m", "de krever" → "dere krever". Only a leading "they"/"de" that is surely the subject is turned.
     */
    String asFact(String note) {
        String inner = text.inner(note);
        String they = words.get("they");
        // an English "they" opening a note is its subject; a Norwegian "de" may be the article ("de største kundene")
        if (inner == null || !inner.startsWith(they + " ")
                || language == Language.NB && !text.opensWithSubject(inner, they)) {
            return note;
        }
        return words.get("you.plural") + inner.substring(they.length());
    }

    /**
     * An English passive in the present after "If nothing changes," is its future: "the £4m target is missed and the
     * second depot is put on hold" → "… will be missed and … will be put on hold" (a tester's hand fix: "you will lose
     * …, and the target is missed"). A state typed as a participle ("is based in Leeds", "is expected to") stays.
     */
    String passiveAsFuture(String note) {
        if (language != Language.EN || note == null) {
            return note;
        }
        return PASSIVE_PRESENT.matcher(note).replaceAll(match -> STATES.contains(match.group(1))
                ? match.group() : "will be " + match.group(1));
    }

    /** "miss", "lose", "fall": the form after "they" that the future takes unchanged ("will miss"). */
    private static boolean isPlainPresent(String word) {
        // "you lost two renewals": a past in the form a hurried note uses, no present
        return word.length() > 1 && !EN_STRONG_PAST.contains(word) && word.chars().allMatch(c -> c >= 'a' && c <= 'z') && !word.endsWith("ed")
                && !word.endsWith("ing") && !word.endsWith("ly") && (!word.endsWith("s") || word.endsWith("ss"))
                && !Set.of("still", "also", "never", "already", "often", "only", "just", "were", "had", "did", "do")
                        .contains(word);
    }
}
