package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's own words about the process (decision steps, plan milestones) said to the addressees they name: "a
 * final interview with David and Helen Marsh" in a letter that speaks to David reads "a final interview with you
 * and Helen Marsh", "intervju med deg og Helen Marsh". An addressee is never named in the third person where the
 * letter can say "you" without doubt about whom it means: the one addressee of a letter to one; in a letter to
 * several, the addressee a sentence turns to by name ("David, you make …"), or all of them together ("Sarah and
 * David" → "you", "dere"). Norwegian needs the right form, so only the safe places are turned: after a preposition
 * (also at the end of a list after one: "med Helen og David" → "med Helen og deg") the object form, and as the
 * subject before its verb the subject form. Elsewhere the name stays, which reads correctly, if less directly.
 */
final class AddresseesToReader {
    private static final Set<String> NB_PREPOSITIONS = Set.of(
            "med", "for", "til", "hos", "fra", "av", "om", "mot", "overfor", "uten", "ved", "blant", "mellom");
    private static final Set<String> EN_PREPOSITIONS = Set.of(
            "with", "to", "for", "from", "by", "of", "about", "between", "among", "without", "before");
    /** Words inside a list of people, between the preposition and the name: "med Helen Marsh og David". */
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "(?:\\s*(?:,|\\bog\\b|\\band\\b)\\s*|\\s+\\p{Lu}[\\p{L}'-]*)+\\s*$");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)\\s*$");
    /** An opening verb, typed bare or after "jeg"/"I" and an auxiliary: "ringe ", "Jeg ringer ", "I will call ". */
    private static final Pattern OPENING_VERB = Pattern.compile(
            "(?:(?:[Jj]eg|[Vv]i|I|[Ww]e|I'll|[Ww]e'll)\\s+(?:(?:will|shall|skal|vil|må|must)\\s+)?)?(\\p{Ll}[\\p{L}-]*)\\s+");
    private static final Set<String> CONJUNCTIONS = Set.of("if", "when", "unless", "until", "and", "but", "or",
            "that", "so", "because", "once", "after", "before", "while", "hvis", "når", "om", "dersom", "før",
            "etter", "til", "og", "men", "eller", "at", "så", "fordi", "mens", "da", "the", "a", "an", "en", "et",
            "ei", "is", "are", "was", "er", "var", "blir", "be", "have", "has", "har");
    /** "og Ole Kristian ", "and Tom ": the rest of a list of people after the first. */
    private static final Pattern OTHER_SUBJECTS = Pattern.compile("\\s+(?:og|and)\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+)+");
    /** "with Andrew Lister and you": a list that ends in "you" after a preposition. */
    private static final Pattern YOU_LAST = Pattern.compile(
            "\\b(with|to|for|from|by|between|among|about)\\s+((?:\\p{Lu}[\\p{L}'-]*)(?: \\p{Lu}[\\p{L}'-]*)*) and you\\b");

    static final Pattern REFLEXIVE = Pattern.compile("\\b(?:himself|herself)\\b");


    private final Audience audience;
    private final Language language;
    private final NoteText notes;
    private final LetterWords words;

    AddresseesToReader(Audience audience, Language language, NoteText notes) {
        this.audience = audience;
        this.language = language;
        this.notes = notes;
        this.words = new LetterWords(language);
    }

    /** The text said to the letter's addressees as a whole; null stays null. */
    String apply(String text) {
        return apply(text, null);
    }

    /**
     * The text in a sentence that turns to {@code spokenTo} by name (null when it turns to nobody in particular):
     * that addressee, or all of them together, become "you".
     */
    String apply(String text, Participant spokenTo) {
        return apply(text, spokenTo, false);
    }

    /**
     * The text in a sentence that speaks to all addressees: in English, where "you" is the same word for one and
     * for several, also each addressee after a preposition ("a second interview with Andrew Lister and Richard" to
     * Richard and Helen → "with you and Andrew Lister"). A plan row keeps such a name, since a table read by
     * several cannot say which of them "you" is.
     */
    String applyInSentence(String text) {
        return apply(text, null, true);
    }

    /**
     * The notes about the company (challenge, causes, consequences), said as {@link #applyInSentence} says them, and
     * an addressee who is the subject of a clause in them said as "you": "…, so Rachel cannot forecast" → "…, so you
     * cannot forecast" (English "you" is one reader or several, and the sentence is about the reader's own work);
     * "Rachel's forecast" → "your forecast". Norwegian says so only to one addressee ("så du ikke kan …"), since "du"
     * among several would not say which; a note that also names another addressee keeps the names, as "you" would
     * then mean two people. What stays named, {@code check} names ({@link AddresseeMentions}).
     */
    String applyInNote(String text) {
        String result = applyInSentence(text);
        if (result == null || result.isEmpty() || language == Language.NB && audience.addressees().size() != 1) {
            return result;
        }
        return new AddresseeAsSubject(audience, language, notes, words, this::namesOf).apply(text, result);
    }

    private String apply(String text, Participant spokenTo, boolean eachInEnglish) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Participant> addressees = audience.addressees();
        String result = text;
        if (addressees.size() > 1) {
            for (String group : groups(addressees)) {
                result = turn(result, group, true);
            }
        }
        Participant one = addressees.size() == 1 ? addressees.get(0) : spokenTo;
        if (one != null) {
            for (String name : namesOf(one)) {
                result = turn(result, name, false);
            }
        } else if (language == Language.EN && eachInEnglish) {
            // English "you" is the same word for one and for several, so any addressee after a preposition is
            // "you": "a second interview with Andrew Lister and Richard" to Richard and Helen
            for (Participant person : addressees) {
                for (String name : namesOf(person)) {
                    result = turnObject(result, name);
                }
            }
        }
        return language == Language.EN ? youFirst(result) : result;
    }

    /** "with Andrew Lister and you" → "with you and Andrew Lister", as English puts the reader first. */
    private static String youFirst(String text) {
        return YOU_LAST.matcher(text).replaceAll("$1 you and $2");
    }

    /**
     * "Dr Sarah Whitfield", "Sarah Whitfield", "Sarah": the full name first, so that the given name does not leave
     * the surname behind, and the notes often leave out the title.
     */
    private List<String> namesOf(Participant person) {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {Texts.inline(person.name()), GivenNames.withoutTitle(person.name()),
                GivenNames.of(person, language)}) {
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every way the notes may name all the addressees together: "Sarah og David", "David Okafor and Sarah". */
    private List<String> groups(List<Participant> addressees) {
        if (addressees.size() > 3) {
            return List.of();
        }
        List<List<String>> joined = new ArrayList<>();
        joined.add(List.of());
        for (int i = 0; i < addressees.size(); i++) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> start : joined) {
                for (Participant person : addressees) {
                    for (String name : namesOf(person)) {
                        if (start.stream().noneMatch(n -> namesOf(person).contains(n))) {
                            List<String> next = new ArrayList<>(start);
                            next.add(name);
                            longer.add(next);
                        }
                    }
                }
            }
            joined = longer;
        }
        return joined.stream().filter(names -> names.size() == addressees.size()).map(words::join)
                .filter(Objects::nonNull).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Each mention of {@code name} after a preposition turned to "you". */
    private String turnObject(String text, String name) {
        Matcher matcher = mentions(name).matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            if (afterPreposition(text.substring(0, matcher.start()))) {
                out.append(text, from, matcher.start()).append(words.get("you.object"));
                from = matcher.end();
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static Pattern mentions(String name) {
        return NameMention.notPossessive(name);
    }

    /** Each safe mention of {@code name} turned to "you" ({@code plural}: "dere"). */
    private String turn(String text, String name, boolean plural) {
        Matcher matcher = mentions(name).matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            String before = text.substring(0, matcher.start());
            String replacement = null;
            boolean soleSubject = before.isBlank() && isSubject(text, name);
            if (afterPreposition(before) || isObjectOfOpeningVerb(before)) {
                // "a presentation … to Rachel and James" to the two of them: "to you both", since after "James,
                // you make the final decision" a bare "to you" reads as James alone
                replacement = words.get(!plural ? "you.object"
                        : audience.addressees().size() == 2 ? "you.plural.object.two" : "you.plural.object");
            } else if (soleSubject || before.isBlank() && isFirstOfSubjects(text, matcher.end())) {
                replacement = Texts.capitalise(words.get(plural ? "you.plural" : "you"), language.locale());
            }
            if (replacement == null) {
                continue;
            }
            out.append(text, from, matcher.start()).append(replacement);
            from = matcher.end();
            if (language == Language.EN && soleSubject) {
                // "David signs off" → "You sign off"
                // and "Steve doing fleet himself" → "you are doing fleet yourself"
                String rest = REFLEXIVE.matcher(text.substring(from).stripLeading()).replaceAll("yourself");
                out.append(' ').append(EnglishVerbs.plural(rest));
                from = text.length();
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The name stands after a preposition, or in a list of people that does: "med Helen Marsh og David". */
    private boolean afterPreposition(String before) {
        if (isPrepositionAtEnd(before)) {
            return true;
        }
        Matcher list = LIST_BEFORE.matcher(before);
        return list.find() && list.start() > 0 && isPrepositionAtEnd(before.substring(0, list.start()));
    }

    private boolean isPrepositionAtEnd(String text) {
        Matcher last = LAST_WORD.matcher(text);
        return last.find() && (language == Language.NB ? NB_PREPOSITIONS : EN_PREPOSITIONS)
                .contains(last.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The name is the object of the verb the text opens with, as a step or a promise is typed: "ringe Jan Erik for
     * å …", "send Sarah Jane my outline", "Jeg ringer Bjørn Are …", "I will call Mary Kate …". A conjunction there
     * ("if Sarah agrees", "hvis Sara …") opens a clause whose subject the name is, so it stays.
     */
    private static boolean isObjectOfOpeningVerb(String before) {
        Matcher opening = OPENING_VERB.matcher(before);
        return opening.matches() && !CONJUNCTIONS.contains(opening.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The name opens a list of people that is the subject of the verb after it: "Sara og Ole Kristian selger selv"
     * → "du og Ole Kristian selger selv".
     */
    private boolean isFirstOfSubjects(String text, int nameEnd) {
        Matcher others = OTHER_SUBJECTS.matcher(text.substring(nameEnd));
        if (!others.lookingAt()) {
            return false;
        }
        String subject = text.substring(0, nameEnd + others.end()).strip();
        return notes.finiteVerbAt(text) == subject.split(" ").length;
    }

    /** The name opens the text and its finite verb follows: "David signerer", "David signs off". */
    private boolean isSubject(String text, String name) {
        int nameWords = name.split(" ").length;
        return notes.finiteVerbAt(text) == nameWords;
    }
}
