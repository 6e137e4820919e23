package app.followup.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commonest shapes of a hurried bokmål line with no finite verb or no subject, made into the sentence it stands
 * for; any other line is left as typed (and {@code check} names it). Each rule is one a reader would agree with
 * without knowing the interview:
 * <ul>
 * <li>"for lite møter" with a countable plural is "for få møter";</li>
 * <li>"3 av 5 siste" is "3 av de 5 siste";</li>
 * <li>"avtalelojalitet ikke fulgt opp", a participle after "ikke" with no verb, is "avtalelojaliteten er ikke
 * fulgt opp" (a one-noun subject definite, where the lexicon is sure of the form);</li>
 * <li>the challenge, which is the employer's own situation, opening with one of the verbs a company's situation
 * takes ("taper rammeavtaler …", "mister anbud …") has the company as its subject, "dere"; a challenge that is
 * a shortage ("for få sykehuskontrakter …") is one "dere" has, and one that opens with a present tense and "ikke"
 * ("vokser ikke i bedriftsmarkedet") is what "dere" do not do, and a subjectless clause after it joins it with
 * "og": "Dere har for få sykehuskontrakter …, og mister anbud …" is said "… og mister anbud …";</li>
 * <li>a cause that is a shortage with a clause of its own after a comma ("for lite tid på sykehusene, selgerne
 * sitter i bilen") is two causes;</li>
 * <li>a year after a noun at the end of a phrase takes "i" ({@link YearAfterNoun});</li>
 * <li>two main clauses of the challenge are joined with ", og" ({@link ChallengeClauses}).</li>
 * </ul>
 */
final class NorwegianFragments {
    private static final Pattern COMMA_SPACE = Pattern.compile(", ");
    /** Present tenses a company's situation is noted with, and never a noun subject's verb before it. */
    private static final Set<String> COMPANY_VERBS = Set.of("taper", "mister", "sliter", "har", "mangler",
            "vinner", "selger", "bruker", "leverer", "treffer", "når", "får", "ligger", "henger", "konkurrerer");
    /** Pasts a company's losses are noted with, with no subject: "mistet to store kunder …". */
    private static final Set<String> PAST_COMPANY_VERBS = Set.of("mistet", "mista", "tapte", "solgte", "leverte",
            "manglet");
    private static final Set<String> PERFECT_COMPANY = Set.of("mistet", "mista", "tapt", "solgt", "levert");
    private static final Set<String> NEGATIONS = Set.of("ikke", "aldri");
    /** Verbs a note says of a thing, whose subject is "det", not the company: "fungerer ikke", "holder ikke". */
    private static final Set<String> SAID_OF_THINGS = Set.of("fungerer", "virker", "holder", "stemmer", "passer",
            "hjelper", "lønner", "skjer", "finnes", "mangler", "gjelder", "henger");
    /** Words a shortage or an excess opens with: "for få …", "lite …", "ingen …". */
    private static final Pattern SHORTAGE = Pattern.compile("(?iu)^(?:for\\s+(?:få|lite|mange|mye)|få|lite|ingen)\\s");
    private static final Pattern NOTHING = Pattern.compile("(?iu)^ingen\\s+\\p{L}");
    private static final Pattern TOO_LITTLE = Pattern.compile("(?iu)(?<![\\p{L}])(for\\s+)?(lite)\\s+(\\p{L}+)");
    private static final Pattern OF_THE_LAST = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d+) av (\\d+) "
            + "(siste|første)(?![\\p{L}])");
    /** "ikke fulgt opp": a sentence adverb before a participle, with no finite verb in the line. */
    private static final Pattern ADVERB_PARTICIPLE = Pattern.compile("(?iu)(?<![\\p{L}])(ikke|aldri)\\s+(\\p{L}+)");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("fulgt", "gjort", "tatt", "satt", "gitt", "sagt",
            "solgt", "sett", "fått", "gått", "kommet", "bygd", "lagt", "valgt", "avklart", "avtalt", "besatt", "kjent");

    private final NoteText text;
    /** The company said to the reader, at the start of a sentence: "Dere". */
    private final String company;
    private final ChallengeClauses clauses;
    private final YearAfterNoun years;
    private final OngoingRate rates;

    NorwegianFragments(NoteText text, LetterWords words) {
        this.text = text;
        this.company = Texts.capitalise(words.get("you.plural"), Locale.ROOT);
        this.clauses = new ChallengeClauses(text, words);
        this.years = new YearAfterNoun(words);
        this.rates = new OngoingRate(text, words);
    }

    /** The challenge as the sentence it stands for. */
    String challenge(String note) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return note;
        }
        List<String> parts = new ArrayList<>(List.of(COMMA_SPACE.split(clean)));
        String first = phrased(parts.get(0));
        boolean shortage = SHORTAGE.matcher(first).find() && !text.isClause(first);
        boolean companyFirst = opensWithCompanyVerb(first) || opensWithNegatedVerb(first);
        if (!shortage && !companyFirst) {
            return years.apply(clauses.joined(note));
        }
        StringBuilder sentence = new StringBuilder(company + " " + (shortage ? "har " : "") + text.inner(first));
        for (String part : parts.subList(1, parts.size())) {
            String next = phrased(part);
            // "…, mister anbud på sårbehandling": the same subject's next verb
            sentence.append(opensWithCompanyVerb(next) ? " og " : ", ").append(next);
        }
        return clauses.joined(sentence.toString());
    }

    /** The cause as one or two causes, each phrased as a letter says it. */
    List<String> causes(String note) {
        String clean = Texts.clause(note);
        if (clean == null) {
            return List.of();
        }
        int comma = clean.indexOf(", ");
        if (comma > 0) {
            String shortage = clean.substring(0, comma);
            String clause = clean.substring(comma + 2);
            if (SHORTAGE.matcher(shortage).find() && !text.isClause(shortage) && text.isClause(clause)
                    && !clause.contains(", ")) {
                return List.of(phrased(shortage), phrased(clause));
            }
        }
        return List.of(phrased(nothingHeld(clean)));
    }

    /**
     * "ingen oversikt over når avtalene løper ut" is what is lacking, not a subject: "det finnes ingen oversikt …",
     * which an at-clause says "at det ikke finnes noen oversikt …", as a short "ingen KAM-funksjon" already read. A
     * tester's letter read "og at ingen oversikt over …". "ingen eier kundeforholdet" (no one owns it) has its verb after "ingen" and stays.
     */
    private String nothingHeld(String cause) {
        return NOTHING.matcher(cause).find() && text.finiteVerbAt(cause) != 1
                ? "det finnes " + cause.substring(0, 1).toLowerCase(Locale.ROOT) + cause.substring(1)
                : cause;
    }

    /**
     * A consequence with its countable "lite", its "av … siste" and its missing "er" said right, and one typed in the
     * past with no subject ("mistet to store kunder til en konkurrent i høst") given the company's: what the employer
     * lived is a fact, "Dere mistet …", which {@link AlreadyHappened} then says before "Blir det ikke løst,"; a rate
     * in the present goes on ({@link OngoingRate}).
     */
    String consequence(String note) {
        String clean = Texts.clause(note);
        return clean == null ? note : phrased(rates.apply(pastWithCompany(clean)));
    }

    /** "mistet to store kunder …" / "har tapt to anbud" → "dere mistet …" / "dere har tapt …"; anything else as is. */
    private String pastWithCompany(String consequence) {
        List<String> words = text.words(consequence);
        boolean past = words.size() > 2 && PAST_COMPANY_VERBS.contains(words.get(0));
        boolean perfect = words.size() > 2 && words.get(0).equals("har") && PERFECT_COMPANY.contains(words.get(1));
        if (!past && !perfect || NoteText.isSubjectPronoun(words.get(1))) {
            return consequence;
        }
        return company.toLowerCase(Locale.ROOT) + " " + text.inner(consequence);
    }

    private String phrased(String part) {
        String out = fewForCountables(part);
        out = OF_THE_LAST.matcher(out).replaceAll("$1 av de $2 $3");
        return years.apply(withAuxiliary(out));
    }

    /** "for lite møter" → "for få møter": "lite" is for what cannot be counted. */
    private static String fewForCountables(String part) {
        Matcher matcher = TOO_LITTLE.matcher(part);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String noun = matcher.group(3).toLowerCase(Locale.ROOT);
            NounParadigm.Recognition form = NorwegianNouns.INSTANCE.paradigm(noun).recognise(noun);
            boolean plural = form.certain() && form.slots().equals(Set.of(NounSlot.PLURAL));
            String few = (matcher.group(1) == null ? "" : matcher.group(1))
                    + (Character.isUpperCase(matcher.group(2).charAt(0)) ? "Få" : "få") + " " + matcher.group(3);
            matcher.appendReplacement(out, Matcher.quoteReplacement(plural ? few : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** "avtalelojalitet ikke fulgt opp" → "avtalelojalitet er ikke fulgt opp", only in a line with no verb. */
    private String withAuxiliary(String part) {
        if (text.isClause(part) || text.opensWithVerb(part)) {
            return part;
        }
        Matcher matcher = ADVERB_PARTICIPLE.matcher(part);
        if (!matcher.find() || matcher.start() == 0 || !isParticiple(matcher.group(2).toLowerCase(Locale.ROOT))) {
            return part;
        }
        return definite(part.substring(0, matcher.start()).strip()) + " er " + part.substring(matcher.start());
    }

    /**
     * "avtalelojalitet" → "avtalelojaliteten": a subject that is one bare noun is definite in the sentence it
     * becomes, when the lexicon knows the form for certain; anything else as typed.
     */
    private static String definite(String subject) {
        if (subject.contains(" ") || !subject.equals(subject.toLowerCase(Locale.ROOT))) {
            return subject;
        }
        NounParadigm paradigm = NorwegianNouns.INSTANCE.paradigm(subject);
        NounParadigm.Recognition form = paradigm.recognise(subject);
        String definite = paradigm.certainForm(NounSlot.DEFINITE_SINGULAR);
        return form.certain() && form.slots().equals(Set.of(NounSlot.SINGULAR)) && definite != null ? definite
                : subject;
    }

    private static boolean isParticiple(String word) {
        return IRREGULAR_PARTICIPLES.contains(word) || word.length() > 4 && (word.endsWith("ert")
                || word.endsWith("et") || word.endsWith("dd") || word.endsWith("tt"));
    }

    /**
     * "vokser ikke i bedriftsmarkedet": a challenge that opens with a present tense and its negation says what the
     * company does not do, so its subject is the company, "Dere vokser ikke …" (a tester's letter opened "Vokser ikke
     * …"). Not a verb that is said of a thing ("det fungerer ikke", "det holder ikke").
     */
    private boolean opensWithNegatedVerb(String part) {
        List<String> words = text.words(part);
        return words.size() > 2 && NEGATIONS.contains(words.get(1)) && text.opensWithVerb(part)
                && words.get(0).length() > 4 && words.get(0).endsWith("er") && !SAID_OF_THINGS.contains(words.get(0));
    }

    private boolean opensWithCompanyVerb(String part) {
        String[] words = part.split(" ", 3);
        return words.length > 1 && COMPANY_VERBS.contains(words[0].toLowerCase(Locale.ROOT))
                && !NoteText.isSubjectPronoun(words[1]);
    }
}
