package app.followup.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two main clauses of a bokmål challenge joined as a native writes them. A comma alone between two main clauses
 * (a comma splice: "Bedriftskundene går over til fastpris hos konkurrentene, dere har mistet 1200 bedriftskunder")
 * takes "og" after it; so does a second clause typed without its verb whose subject is at a level ("ARR flatt på 38
 * millioner i to år"), which gets "ligger", or "har ligget" when the clause says for how long. And "og" between two
 * main clauses takes a comma before it ("… siden 2024, og dere mister volumer").
 * <p>
 * Only the shapes that are surely two main clauses: the first has its finite verb after its subject, and the second
 * opens with its subject, not with a conjunction, a relative or a preposition; a challenge with more than one comma
 * (a list) stays as typed.
 */
final class ChallengeClauses {
    /** Words a second part opens with that make it no main clause of its own. */
    private static final Set<String> NOT_A_SUBJECT = Set.of("og", "men", "eller", "for", "så", "som", "at", "fordi",
            "når", "hvis", "da", "mens", "selv", "siden", "etter", "før", "der", "hvor", "noe", "ikke", "bare",
            "særlig", "spesielt", "blant", "i", "på", "til", "fra", "med", "om", "hos", "uten", "mot", "over",
            "under", "innen", "ca.", "ca", "dvs.", "f.eks.", "bl.a.", "altså", "dermed", "derfor");
    private static final Pattern AND_PRONOUN = Pattern.compile(
            "(?<=[\\p{L}\\p{N}%)]) og ((?:jeg|du|han|hun|vi|dere|de|man) \\p{L}+.*)$");
    private static final int LONGEST_SUBJECT = 3;
    private static final String CONTRAST = "ikke ";
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]+");
    private static final Set<String> QUANTIFIERS = Set.of("ingen", "alle", "mange", "få", "noen", "flere", "ingenting");
    private static final List<String> DEFINITE_ENDINGS = List.of("en", "et", "ene", "a", "erne", "ane");

    private final NoteText text;
    /** A level as typed and as said after the verb: "lav" → "ligger lavt". */
    private final Map<String, String> levels = new HashMap<>();
    private final String level;
    private final String levelSince;
    private final Pattern duration;
    private final String and;

    ChallengeClauses(NoteText text, LetterWords words) {
        this.text = text;
        for (String pair : words.get("clause.level.words").split(",\\s*")) {
            levels.put(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1));
        }
        this.level = words.get("clause.level.verb");
        this.levelSince = words.get("clause.level.verb.since");
        // made with every Norwegian letter, at every keystroke: the pattern is the words' kept one
        this.duration = words.pattern("clause.duration.pattern");
        this.and = words.get("and");
    }

    /** The challenge with its main clauses joined right; anything unsure as it was. */
    String joined(String challenge) {
        String clean = Texts.clause(challenge);
        if (clean == null) {
            return challenge;
        }
        List<String> parts = withContrasts(clean.split(", "));
        String first = parts.get(0);
        if (!isMainClause(first, true)) {
            return challenge;
        }
        String joined = commaBeforeAnd(first);
        if (parts.size() == 2) {
            String second = secondClause(parts.get(1));
            joined += second == null ? ", " + parts.get(1) : ", " + and + " " + commaBeforeAnd(second);
        } else if (parts.size() > 2) {
            return joined.equals(first) ? challenge : joined + clean.substring(first.length());
        }
        return joined.equals(clean) ? challenge : joined;
    }

    /**
     * The comma-separated parts, a contrast ("…, ikke tjenester") kept with the part it qualifies: "de store kundene
     * kjøper bare strøm, ikke tjenester" is one clause, so the challenge before it still joins it with "og".
     */
    private static List<String> withContrasts(String[] split) {
        List<String> parts = new ArrayList<>();
        for (String part : split) {
            if (!parts.isEmpty() && part.startsWith(CONTRAST)) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + part);
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    /** @param opensSentence the part opens the sentence, where a capital letter says nothing of a name */
    private boolean isMainClause(String part, boolean opensSentence) {
        String[] words = part.split(" ");
        int verb = text.finiteVerbAt(part);
        return verb > 0 && !NOT_A_SUBJECT.contains(words[0].toLowerCase(Locale.ROOT))
                && isSubject(words, verb, opensSentence);
    }

    /**
     * The words before the verb are surely a subject: a pronoun, a name or an acronym, a quantifier ("ingen",
     * "mange") or a definite noun ("kundene", "salget"). A plural noun before another ("offentlige anskaffelser")
     * could be taken for a verb, and is not. A capital is a name's only inside the sentence.
     */
    private static boolean isSubject(String[] words, int verb, boolean opensSentence) {
        String first = words[0];
        String last = words[verb - 1].toLowerCase(Locale.ROOT);
        boolean name = verb == 1 && (ACRONYM.matcher(first).matches()
                || !opensSentence && Character.isUpperCase(first.codePointAt(0)));
        return NoteText.isSubjectPronoun(first) || name
                || QUANTIFIERS.contains(first.toLowerCase(Locale.ROOT))
                || DEFINITE_ENDINGS.stream().anyMatch(last::endsWith);
    }

    /** "… siden 2024 og dere mister volumer" → "… siden 2024, og dere mister volumer". */
    private String commaBeforeAnd(String clause) {
        Matcher matcher = AND_PRONOUN.matcher(clause);
        if (!matcher.find() || text.finiteVerbAt(matcher.group(1)) != 1) {
            return clause;
        }
        return clause.substring(0, matcher.start()) + ", " + and + " " + matcher.group(1);
    }

    /** The part after the comma as the main clause it is, or null when it is none for certain. */
    private String secondClause(String part) {
        String[] words = part.split(" ");
        if (words.length < 2 || NOT_A_SUBJECT.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (isMainClause(part, false)) {
            return part;
        }
        for (int i = 1; i <= LONGEST_SUBJECT && i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (NOT_A_SUBJECT.contains(word) || word.chars().anyMatch(Character::isDigit)) {
                return null;
            }
            if (levels.containsKey(word) && isSubject(words, i, false)) {
                String verb = duration.matcher(part).find() ? levelSince : level;
                return String.join(" ", List.of(words).subList(0, i)) + " " + verb + " " + levels.get(word)
                        + (i + 1 < words.length ? " " + String.join(" ", List.of(words).subList(i + 1, words.length))
                                : "");
            }
        }
        return null;
    }
}
