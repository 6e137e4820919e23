package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An addressee who is the subject of a clause in the notes about the company, said as "you": "…, so Rachel cannot
 * forecast" → "…, so you cannot forecast", "Rachel's forecast" → "your forecast" ({@link
 * AddresseesToReader#applyInNote}).
 */
final class AddresseeAsSubject {
    /** Where a clause, and so its subject, begins: the note's start, a stop, a comma, a dash, a conjunction. */
    private static final Pattern CLAUSE_OPENS = Pattern.compile("(?iu)(?:^\\s*|[.;:,–]\\s*|\\s-\\s*|\\b(?:so|and|but|"
            + "because|as|since|while|when|if|unless|until|then|or|that|now|så|og|men|fordi|siden|når|hvis|dersom|at|"
            + "mens|ettersom|da|nå)\\s+)$");

    private final Audience audience;
    private final Language language;
    private final NoteText notes;
    private final LetterWords words;
    private final Function<Participant, List<String>> namesOf;

    AddresseeAsSubject(Audience audience, Language language, NoteText notes, LetterWords words,
                       Function<Participant, List<String>> namesOf) {
        this.audience = audience;
        this.language = language;
        this.notes = notes;
        this.words = words;
        this.namesOf = namesOf;
    }

    /** {@code said}, the note {@code typed} as the letter says it so far, with each addressee's clauses turned. */
    String apply(String typed, String said) {
        String result = said;
        for (Participant person : audience.addressees()) {
            // as typed: "so Rachel cannot forecast for James" is already "for you" by now
            if (namesAnotherAddressee(typed, person)) {
                continue;
            }
            for (String name : namesOf.apply(person)) {
                result = turnSubject(result, name);
                if (language == Language.EN) {
                    result = possessiveAsYour(result, name);
                }
            }
        }
        return result;
    }

    /** "Rachel's forecast", "Rachel’s team" said to Rachel: "your forecast", "Your team" at the start. */
    private String possessiveAsYour(String text, String name) {
        Matcher matcher = NameMention.of(name + "'s").matcher(text.replace('’', '\''));
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            if (!Quoted.contains(text, matcher.start())) {
                String your = words.get("your");
                out.append(text, from, matcher.start()).append(matcher.start() == 0
                        ? Texts.capitalise(your, language.locale()) : your);
                from = matcher.end();
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** An addressee other than {@code person} is named in the text, outside a quotation. */
    private boolean namesAnotherAddressee(String text, Participant person) {
        for (Participant other : audience.addressees()) {
            if (other != person && namesOf.apply(other).stream().anyMatch(name -> AddresseeMentions.namedOutsideQuotes(text, name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each mention of {@code name} that opens a clause and is followed by that clause's finite verb, as "you"/"du":
     * "Rachel cannot forecast", "…, so Rachel has no forecast" → "so you have no forecast", "at Hanne ikke kan …".
     */
    private String turnSubject(String text, String name) {
        Matcher matcher = NameMention.notPossessive(name).matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int nameWords = name.split(" ").length;
        while (matcher.find()) {
            String before = text.substring(0, matcher.start());
            if (matcher.start() < from || Quoted.contains(text, matcher.start())
                    || !CLAUSE_OPENS.matcher(before).find()) {
                continue;
            }
            int verb = notes.finiteVerbAt(text.substring(matcher.start()));
            String rest = text.substring(matcher.end()).stripLeading();
            // Norwegian verbs do not change with the subject, and "ikke" may stand before the verb: "at Hanne ikke kan"
            boolean subject = verb == nameWords || language == Language.NB && verb == nameWords + 1
                    && rest.startsWith("ikke ");
            if (!subject) {
                continue;
            }
            String you = words.get("you");
            out.append(text, from, matcher.start())
                    .append(before.isBlank() ? Texts.capitalise(you, language.locale()) : you).append(' ');
            if (language == Language.EN) {
                // "Rachel cannot" → "you cannot", "Rachel has" → "you have"; the clause's "herself" is "yourself"
                out.append(EnglishVerbs.plural(AddresseesToReader.REFLEXIVE.matcher(rest).replaceAll("yourself")));
                from = text.length();
            } else {
                from = matcher.end() + (text.length() - matcher.end() - rest.length());
            }
        }
        return out.append(text, from, text.length()).toString();
    }
}
