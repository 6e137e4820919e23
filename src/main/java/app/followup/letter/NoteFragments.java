package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Round;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The challenge, causes and consequences the letter can only paste as typed, because they are no sentence: no
 * finite verb ("NW patch flat for 3 yrs", "avtalelojalitet ikke fulgt opp", "North revenue down 11% YTD"), or, in
 * bokmål, a verb with no subject before it ("taper rammeavtaler ved reforhandling"). Read as the composer reads
 * them (its {@link NoteText}, after the glue words it drops), and then once more with a wider net for verbs it does
 * not know ("Mark left", "they've"), so that only a line that surely has no verb is named: a line the composer
 * weaves as a phrase ("Lite oppfølging …", "no new accounts …") or as a condition of its own is fine as it is.
 */
public final class NoteFragments {
    /** Where a line stands in the notes. */
    public enum Part { CHALLENGE, CAUSE, CONSEQUENCE }

    /** Why the line is no sentence. */
    public enum Reason { NO_VERB, NO_SUBJECT }

    /** A line of the notes, as typed, that the letter pastes as a fragment. */
    public record Fragment(Part part, String note, Reason reason) {
    }

    /** English finite verbs the composer's reading leaves to context: irregular pasts, and present tenses. */
    private static final Set<String> EN_IRREGULAR = Set.of(
            "went", "left", "lost", "won", "took", "made", "said", "got", "came", "became", "fell", "grew", "rose",
            "sold", "bought", "brought", "built", "kept", "spent", "sent", "felt", "ran", "began", "paid", "led",
            "met", "told", "thought", "knew", "saw", "gave", "found", "held", "stood", "wrote", "drove", "chose",
            "broke", "quit", "cut", "put", "set", "let", "hit");
    private static final Set<String> EN_BARE_PRESENT = Set.of(
            "need", "go", "get", "sell", "buy", "want", "take", "make", "run", "sit", "lose", "miss", "win", "come",
            "know", "see", "think", "work", "talk", "use", "pay", "spend", "keep", "meet", "call", "have", "do",
            "say", "own", "rely", "depend", "focus", "lack", "fall", "grow", "struggle", "quote", "cover", "leave",
            "churn", "drop", "stay", "cost", "stop", "move", "switch", "renew", "sign", "close", "wait", "drag");
    private static final Set<String> EN_FINITE = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will", "would",
            "may", "might", "must", "should", "shall", "cannot");
    private static final Set<String> EN_PARTICIPLE_BEFORE = Set.of("been", "being", "be");
    /** Bokmål finite verbs too short for the endings to tell. */
    private static final Set<String> NB_SHORT_FINITE = Set.of(
            "er", "var", "har", "må", "kan", "vil", "skal", "bør", "får", "går", "gir", "tar", "ble", "fikk", "gikk",
            "sa", "lå", "sto", "kom", "tok", "ga", "fins", "vet", "ser", "sier");
    /** Words that open a noun phrase: a word in -s after one is a plural, not a verb. */
    private static final Set<String> EN_NOUN_PHRASE = Set.of(
            "the", "a", "an", "our", "their", "my", "his", "her", "its", "your", "this", "these", "those", "some",
            "all", "many", "few", "more", "new", "big", "top", "key", "other");
    private static final Set<String> EN_PRONOUNS = Set.of("i", "you", "we", "they", "he", "she", "it");
    /** What follows one of these is a clause of its own, whose verb is not the line's: "… since Mark left". */
    private static final Set<String> SUBORDINATORS = Set.of(
            "since", "because", "as", "when", "after", "before", "while", "until", "if", "who", "which", "that",
            "siden", "fordi", "når", "etter", "før", "mens", "hvis", "dersom", "som", "at", "der");
    /** Bokmål forms that may be a finite verb: present, past, passive. */
    private static final List<String> NB_VERB_ENDINGS = List.of("er", "es", "te", "de", "et", "dde");

    private final Language language;
    private final NoteText text;
    private final LeadingGlue glue;
    private final ConditionalConsequence conditional;
    private final TrendFragment trend;
    /** The bokmål shapes the composer makes into sentences, so that a line it mends is not named. */
    private final NorwegianFragments mended;

    private NoteFragments(Notes notes, Round round) {
        this.language = notes.languageOrDefault();
        LetterWords words = new LetterWords(language);
        this.text = new NoteText(language, TemplateModel.properNames(notes, round));
        this.glue = new LeadingGlue(words, language.locale(), text);
        this.conditional = new ConditionalConsequence(text, language);
        this.trend = new TrendFragment(words);
        this.mended = language == Language.NB ? new NorwegianFragments(text, words) : null;
    }

    /** The round's lines that read as fragments in its letter, in the order of the notes. */
    public static List<Fragment> of(Notes notes, Round round) {
        // each line is read as the letter weaves it: "3 yrs", "reps only going back" with their words filled in
        Round woven = notes.languageOrDefault() == Language.EN ? HurriedEnglish.inRound(round) : round;
        return new NoteFragments(notes, round).fragments(round, woven);
    }

    private List<Fragment> fragments(Round round, Round woven) {
        List<Fragment> found = new ArrayList<>();
        String challenge = Texts.clause(woven.challenge());
        // "churn up" is said "rising churn", which fits the challenge's frame
        if (challenge != null && trend.asNounPhrase(text.inner(challenge)).equals(text.inner(challenge))) {
            add(found, Part.CHALLENGE, Texts.clause(round.challenge()),
                    mended == null ? challenge : mended.challenge(challenge));
        }
        for (int i = 0; i < round.causes().size(); i++) {
            String typed = Texts.clause(round.causes().get(i));
            String cause = Texts.clause(woven.causes().get(i));
            if (typed != null && cause != null) {
                String read = glue.cause(cause);
                // a cause the composer splits is a fragment when one of its parts is
                for (String part : mended == null || read == null ? Collections.singletonList(read)
                        : mended.causes(read)) {
                    if (add(found, Part.CAUSE, typed, part)) {
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < round.consequences().size(); i++) {
            String typed = Texts.clause(round.consequences().get(i));
            String consequence = Texts.clause(woven.consequences().get(i));
            if (typed == null || consequence == null) {
                continue;
            }
            String bare = glue.consequence(consequence);
            // "da mister de …" without "da", "which means redundancies …" keeping its verb, and "if Tesco goes, …"
            // are woven as they stand
            boolean verbFirstAfterGlue = glue.hadConsequenceGlue(consequence)
                    && (text.opensWithVerb(bare) || text.opensWithReach(bare));
            if (!verbFirstAfterGlue && !glue.meansWithoutClause(consequence) && !conditional.is(bare)) {
                add(found, Part.CONSEQUENCE, typed, mended == null ? bare : mended.consequence(bare));
            }
        }
        return found;
    }

    /** Names the line when its reading is a fragment; true when it did. */
    private boolean add(List<Fragment> found, Part part, String typed, String read) {
        if (read == null) {
            return false;
        }
        if (language == Language.NB && text.opensWithVerb(read) && words(read).size() > 1
                && !NoteText.isSubjectPronoun(words(read).get(1))) {
            found.add(new Fragment(part, typed, Reason.NO_SUBJECT));
            return true;
        }
        if (!text.isClause(read) && !text.isPhrase(read) && !hasLooseVerb(words(read))) {
            found.add(new Fragment(part, typed, Reason.NO_VERB));
            return true;
        }
        return false;
    }

    /**
     * A verb the composer's reading does not look for, before any clause of its own inside the line; a line that
     * opens with such a clause ("if one of the three goes …") is not judged at all.
     */
    private boolean hasLooseVerb(List<String> words) {
        if (words.isEmpty() || SUBORDINATORS.contains(words.get(0))) {
            return true;
        }
        int segmentStart = 0;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(",")) {
                segmentStart = i + 1;
                continue;
            }
            if (SUBORDINATORS.contains(word)) {
                return false;
            }
            String before = words.get(i - 1);
            boolean verb = language == Language.NB ? mayBeNorwegianVerb(word)
                    : mayBeEnglishVerb(words.subList(segmentStart, i), word, before);
            if (verb) {
                return true;
            }
        }
        return language == Language.EN && (EN_PRONOUNS.contains(words.get(0)) || isContraction(words.get(0)));
    }

    private static boolean mayBeNorwegianVerb(String word) {
        return NB_SHORT_FINITE.contains(word) || word.length() > 2 && NB_VERB_ENDINGS.stream().anyMatch(word::endsWith)
                || NoteText.isSubjectPronoun(word);
    }

    /** @param segment the words of the comma-separated part before this one */
    private static boolean mayBeEnglishVerb(List<String> segment, String word, String before) {
        if (EN_FINITE.contains(word) || EN_IRREGULAR.contains(word) || isContraction(word)
                || EN_PRONOUNS.contains(before)) {
            return true;
        }
        // "been covered" is a participle: the finite "has" is what the line lacks
        if (word.endsWith("ed") && word.length() > 3 && !EN_PARTICIPLE_BEFORE.contains(before)) {
            return true;
        }
        if (EN_BARE_PRESENT.contains(word) && before.endsWith("s")) {
            return true;
        }
        // "one in four new accounts leaves in year one": a verb the reading knows, in -s, after a noun, however
        // long the subject before it
        if (word.endsWith("s") && EN_BARE_PRESENT.contains(word.substring(0, word.length() - 1))
                && !EN_NOUN_PHRASE.contains(before) && !before.chars().allMatch(Character::isDigit)) {
            return true;
        }
        // "quoting takes 5 days", "nobody in BD talks to …": a verb in -s comes early in its part, after its
        // subject; after a number or inside a noun phrase ("losing the food manufacturers") it is a plural
        return segment.size() <= 3 && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && !before.chars().allMatch(Character::isDigit) && segment.stream().noneMatch(EN_NOUN_PHRASE::contains);
    }

    private static boolean isContraction(String word) {
        return word.endsWith("'ve") || word.endsWith("'re") || word.endsWith("'ll") || word.endsWith("'d")
                || word.endsWith("n't") || word.endsWith("'m") || word.equals("it's") || word.equals("there's")
                || word.equals("that's") || word.equals("what's");
    }

    private static List<String> words(String note) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return List.of();
        }
        // a comma is kept as a word of its own: where one part of the line ends and the next begins
        return Arrays.stream(clean.toLowerCase(Locale.ROOT).replace('’', '\'').replace(",", " , ")
                .split("[\\s;:()\"“”«»]+")).filter(word -> !word.isEmpty()).toList();
    }
}
