package app.followup.letter;

import app.followup.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Causes and consequences woven into one sentence the way a person writes them. A note the reading is sure is a
 * bare phrase goes where a phrase fits ("skyldes det lite oppfølging …", "betyr det tapt andel …", "there is too
 * much reliance …"); every other note is taken for the clause it almost always is ("og at ingen eier partnerne",
 * "fortsetter marginen å falle"). Phrases come first, so the sentence reads "X, og at Y".
 */
final class Reasons {
    private Reasons() {
    }

    /** "lite oppfølging av partnerne, og at ingen eier dem" / "there is too much reliance …, and no one owns …". */
    static Map<String, Object> causes(List<String> noted, NoteText text, LetterWords words, Language language) {
        LeadingGlue glue = new LeadingGlue(words, language.locale(), text);
        EmployerAsTheyToReader they = new EmployerAsTheyToReader(text, words, language);
        List<String> notes = clean(noted.stream().map(note -> note == null ? null : they.apply(glue.cause(note)))
                .toList());
        if (notes.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        CommaSplice splice = new CommaSplice(text);
        for (String note : phrasesFirst(notes, text)) {
            boolean phrase = text.isPhrase(note);
            if (language == Language.NB) {
                parts.add(phrase ? noneAsClause(text.inner(note), words) : "at " + text.order().subordinate(note));
            } else {
                // a sure phrase takes the frame's "there is"; "no account plans", which the reading is unsure of,
                // gets it here, in its number
                parts.add(splice.joined(phrase ? words.get("cause.phrase").replace("{what}", text.inner(note))
                        : text.inner(VerblessFragment.missingAsThereIs(note))));
            }
        }
        // an "at"-clause carries its own mark ("…, og at …"); the English causes are main clauses
        return Map.of("list", language == Language.NB ? joinClauses(parts, words)
                : joinSentences(parts, words, language));
    }

    /**
     * "fortsetter marginen å falle, og styret vurderer …" / "betyr det tapt andel …" / "the likely result is …",
     * under "list"; a consequence that is a condition of its own ("if Barlaston goes, they lose …") under "own", as
     * sentences of their own after it; one that has happened already ({@link AlreadyHappened}) under "done", a
     * sentence of its own before the frame. Without a consequence for the frame, "list" is absent and the map is null
     * unless there is an "own".
     */
    static Map<String, Object> consequences(List<String> noted, NoteText text, LetterWords words, Language language) {
        LeadingGlue glue = new LeadingGlue(words, language.locale(), text);
        ConditionalConsequence conditional = new ConditionalConsequence(text, language);
        List<String> framed = new ArrayList<>();
        List<String> verbFirst = new ArrayList<>();
        List<String> own = new ArrayList<>();
        List<String> meaning = new ArrayList<>();
        List<String> done = new ArrayList<>();
        AlreadyHappened happened = new AlreadyHappened(language);
        StakesFact stakes = new StakesFact(text, words, language);
        ConsequenceToReader toReader = new ConsequenceToReader(text, words, language);
        boolean afterFact = false;
        List<String> stakesRun = new ArrayList<>();
        // which of "done" raise the stakes: with an outcome they follow it, so "it" is never the budget just named
        List<Boolean> raising = new ArrayList<>();
        for (String note : clean(noted)) {
            String bare = stakes.withArticle(glue.consequence(note));
            boolean fact = happened.is(bare) || !glue.hadConsequenceGlue(note) && happened.holdsNow(bare);
            boolean raisesStakes = !fact && !glue.hadConsequenceGlue(note) && stakes.is(bare);
            if (!raisesStakes) {
                stakesRun.clear();
            }
            if (fact) {
                done.add(text.inner(toReader.apply(bare)));
                raising.add(false);
            } else if (raisesStakes) {
                addStakes(text.inner(toReader.asFact(bare)), stakesRun, done, words);
                raising.add(done.size() > raising.size());
            } else if (afterFact && language == Language.EN && glue.meansWithClause(note)) {
                // "North revenue down 11% YTD" then "which means the Crewe plant loses volume": what the fact means
                int last = done.size() - 1;
                done.set(last, done.get(last) + ", " + words.get("consequence.fact.meaning").replace("{what}",
                        text.inner(toReader.apply(bare))));
            } else if (glue.meansWithoutClause(note)) {
                // "which means redundancies …": a phrase that keeps its verb, after what it follows
                meaning.add(text.inner(bare));
            } else if (conditional.is(bare)) {
                own.add(conditional.sentence(bare));
            } else if (glue.hadConsequenceGlue(note) && (text.opensWithVerb(bare) || text.opensWithReach(bare))) {
                // "da mister de …" without "da": a pronoun subject goes first again, a noun keeps the verb first
                String straight = text.order().subjectFirst(bare);
                (straight.equals(bare) ? verbFirst : framed).add(straight);
            } else {
                framed.add(bare);
            }
            afterFact = fact || raisesStakes;
        }
        if (framed.isEmpty() && verbFirst.isEmpty() && meaning.isEmpty()) {
            Map<String, Object> alone = new HashMap<>();
            if (!own.isEmpty()) {
                alone.put("own", String.join(" ", own));
            }
            if (!done.isEmpty()) {
                alone.put("done", sentences(done, text));
            }
            return alone.isEmpty() ? null : alone;
        }
        List<String> parts = new ArrayList<>();
        CommaSplice splice = new CommaSplice(text);
        // a note that already has its verb first reads right after the frame as it is, so it goes first
        for (String note : verbFirst) {
            parts.add(parts.isEmpty() ? text.inner(note) : words.get("consequence.then") + " " + text.inner(note));
        }
        for (String note : outcomesInOrder(framed, text, language)) {
            boolean first = parts.isEmpty();
            String part;
            if (text.isPhrase(note)) {
                part = words.get(first ? "consequence.phrase" : "consequence.phrase.next").replace("{what}",
                        text.inner(note));
            } else {
                String spoken = toReader.apply(note);
                if (language == Language.NB && first) {
                    // inversion moves one verb; a line with a comma or a second clause would come apart
                    part = text.order().isSimpleMainClause(spoken) ? text.order().inverted(spoken)
                            : words.get("consequence.clause").replace("{what}", text.order().subordinate(spoken));
                } else {
                    part = language == Language.NB ? text.inner(spoken)
                            : splice.joined(text.inner(toReader.passiveAsFuture(spoken)));
                }
            }
            parts.addAll(language == Language.EN ? ownFutures(part, words) : List.of(part));
        }
        String list = parts.isEmpty() ? null : joinConsequences(parts, words, language);
        for (String phrase : meaning) {
            list = list == null ? words.get("consequence.phrase").replace("{what}", phrase)
                    : list + ", " + words.get("consequence.meaning").replace("{what}", phrase);
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            (raising.get(i) ? after : before).add(done.get(i));
        }
        // what raises the stakes comes after the outcome, as a sentence of its own: before it, "Blir det ikke
        // løst" seemed to point at the budget just named; joined to it with "– og", two testers read the board's
        // target as a result of failing ("faller marginen – og styret vil ha 15 % vekst")
        Map<String, Object> values = new HashMap<>();
        values.put("list", list);
        List<String> afterList = new ArrayList<>(after.stream().map(text::sentence).toList());
        afterList.addAll(own);
        if (!afterList.isEmpty()) {
            values.put("own", String.join(" ", afterList));
        }
        if (!before.isEmpty()) {
            values.put("done", sentences(before, text));
        }
        return values;
    }

    /**
     * Facts that raise the stakes, typed one after the other, make one sentence: "The board expects £4m …, and two
     * of the top ten retailers are moving to …". One with a comma or an "and" of its own stands alone, since "X, Y,
     * and Z, and W" would read as one long run.
     */
    private static void addStakes(String fact, List<String> run, List<String> done, LetterWords words) {
        String and = " " + words.get("and") + " ";
        boolean joinable = !fact.contains(",") && !fact.contains(and);
        if (!run.isEmpty() && joinable) {
            run.add(fact);
            done.set(done.size() - 1, joinClauses(run, words));
            return;
        }
        run.clear();
        if (joinable) {
            run.add(fact);
        }
        done.add(fact);
    }

    /**
     * "skyldes det ingen KAM-funksjon" says that nothing causes it: a cause that is "ingen …" is said as what is
     * missing, "at det ikke finnes noen KAM-funksjon".
     */
    private static String noneAsClause(String phrase, LetterWords words) {
        String none = words.get("cause.none.word") + " ";
        return phrase.startsWith(none) && phrase.length() > none.length()
                ? words.get("cause.none").replace("{what}", phrase.substring(none.length())) : phrase;
    }

    private static String sentences(List<String> clauses, NoteText text) {
        return String.join(" ", clauses.stream().map(text::sentence).toList());
    }

    private static List<String> clean(List<String> noted) {
        return noted.stream().map(Texts::clause).filter(Objects::nonNull).toList();
    }

    /**
     * Phrases first, except in English before two clauses or more: "the likely result is lost market share, the
     * board cuts the budget, and …" reads as if every clause were what "the likely result is" names, so there the
     * phrase comes last: "the board cuts the budget, you will lose the franchise, and the likely result is …".
     */
    private static List<String> outcomesInOrder(List<String> notes, NoteText text, Language language) {
        List<String> ordered = phrasesFirst(notes, text);
        long clauses = notes.stream().filter(n -> !text.isPhrase(n)).count();
        if (language != Language.EN || clauses < 2 || clauses == notes.size()) {
            return ordered;
        }
        List<String> phrasesLast = new ArrayList<>(ordered.subList(ordered.size() - (int) clauses, ordered.size()));
        phrasesLast.addAll(ordered.subList(0, ordered.size() - (int) clauses));
        return phrasesLast;
    }

    private static List<String> phrasesFirst(List<String> notes, NoteText text) {
        List<String> ordered = new ArrayList<>(notes.stream().filter(text::isPhrase).toList());
        notes.stream().filter(n -> !text.isPhrase(n)).forEach(ordered::add);
        return ordered;
    }

    /**
     * Main clauses joined with "og"/"and", unless one already holds its own ("går med overkapasitet, og styret vil
     * se …"): a second "og" in a row reads as one long run, so then each clause after the first is a sentence of its
     * own. So too after a clause with a comma of its own ("ryker, siden …"), where the "og" after it would seem to
     * continue the inner clause, and after one with a dash of its own when the last has a comma. The template ends
     * the last one.
     */
    private static String joinSentences(List<String> parts, LetterWords words, Language language) {
        String and = " " + words.get("and") + " ";
        // a dash of its own ("… sits with operations – nobody in BD talks …") before a last clause with a comma of
        // its own ("bids are written …, so …") would make one sentence of three layers
        String last = parts.get(parts.size() - 1);
        boolean commaBeforeAnd = parts.subList(0, parts.size() - 1).stream()
                .anyMatch(part -> part.contains(",") || part.contains(" – ") && last.contains(","));
        if (!commaBeforeAnd && parts.stream().noneMatch(part -> part.contains(and))) {
            return joinClauses(parts, words);
        }
        StringBuilder sentences = new StringBuilder(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            sentences.append(". ").append(Texts.capitalise(part, language.locale()));
        }
        return sentences.toString();
    }

    /**
     * Consequences in one sentence, "…, og …", however many words each holds; only one that is two main clauses of
     * its own ("går med overkapasitet, og styret vil se …") stands as its own sentence, since "X, og Y, og Z" reads
     * as one long run.
     */
    /**
     * A note of two outcomes, each with its own "will" ("the target will be missed and the depot will be put on
     * hold"), as two items of the list: after "…, and" a second "and" would run them together.
     */
    private static List<String> ownFutures(String part, LetterWords words) {
        String and = " " + words.get("and") + " ";
        int at = part.indexOf(and);
        if (at < 0 || part.indexOf(and, at + 1) >= 0 || part.contains(",")) {
            return List.of(part);
        }
        String first = part.substring(0, at);
        String second = part.substring(at + and.length());
        return first.contains(" will ") && second.contains(" will ") ? List.of(first, second) : List.of(part);
    }

    private static String joinConsequences(List<String> parts, LetterWords words, Language language) {
        String ownAnd = ", " + words.get("and") + " ";
        if (parts.subList(1, parts.size()).stream().noneMatch(part -> part.contains(ownAnd))) {
            return joinClauses(parts, words);
        }
        StringBuilder sentences = new StringBuilder(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            sentences.append(". ").append(Texts.capitalise(part, language.locale()));
        }
        return sentences.toString();
    }

    /**
     * Clauses joined with a comma before the last "og"/"and", as two main clauses want; a last one in the reader's
     * words ("as you said, “…”") is an aside, set off by a comma after "and" as well: "…, and, as you said, “…”".
     */
    static String joinClauses(List<String> parts, LetterWords words) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.get(parts.size() - 1);
        String and = words.get("and") + (QuoteFromReader.opensWithAside(last) ? "," : "");
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", " + and + " " + last;
    }
}
