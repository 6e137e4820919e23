package app.followup.letter;

import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of evidence as the letter promises it. The notes say it either as a thing ("To referanser fra tidligere
 * salgssjefer": sent) or as something to do ("Presentere en 90-dagersplan": done), and each kind has its verb:
 * references and results are sent, a case is presented, a test is taken.
 */
record Deliverable(EvidenceKind kind, String thing, String action, boolean presented, String audience) {
    /** "case:", "referanser:": a label the kind already says, typed before the detail. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}-]+\\s*:\\s+(?=\\S)");
    /** "presenteres 8.12", "presented on 8 Dec": the detail says the date is when it is presented. */
    private static final Pattern PRESENTED = Pattern.compile("(?iu)^present\\p{L}*$");

    /**
     * A comma before words that describe the thing rather than add to a list: "…, from my last two managers"; and
     * "incl." with or without one ("2 references incl. a procurement lead").
     */
    private static final Pattern DESCRIBED = Pattern.compile(
            "(?iu), (?=(from|with|by|including|incl\\.?|e\\.g\\.|i\\.e\\.|both|one|fra|med|blant|begge|inkludert|én|en|f\\.eks\\.)\\s)"
                    + "| (?=(including|incl\\.?)\\s)");
    /** Words before the thing that the plan's row leaves out: "a 90-day plan" is "90-day plan sent". */
    private static final Set<String> ARTICLES = Set.of("en", "ei", "et", "a", "an", "the", "min", "mitt", "mine", "my");
    private static final Set<String> NB_INFINITIVES = Set.of(
            "presentere", "sende", "lage", "vise", "holde", "gjennomføre", "levere", "skrive", "utarbeide",
            "forberede", "ta", "gi", "dele", "legge", "gjøre", "sette", "gå", "ha", "tegne", "ringe", "avtale",
            "kontakte", "bekrefte", "sjekke", "maile", "invitere", "følge", "booke", "høre", "melde");
    private static final Set<String> NB_DETERMINERS = Set.of(
            "en", "ei", "et", "to", "tre", "min", "mitt", "mine", "de", "den", "det", "alle", "noen", "hvordan",
            "hva", "frem", "fram", "opp", "ut");
    private static final Set<String> NB_POSSESSIVES = Set.of("min", "mitt", "mine", "våre", "dine", "deres");
    private static final Map<String, String> NB_IRREGULAR_PRESENT = Map.of(
            "gjøre", "gjør", "si", "sier", "vite", "vet", "spørre", "spør", "være", "er");
    private static final Set<String> EN_BASE_VERBS = Set.of(
            "present", "send", "share", "prepare", "show", "give", "deliver", "write", "take", "run", "build", "make",
            "complete", "provide", "do", "walk", "put", "draft", "outline", "sit", "hand", "pitch", "demo", "call", "ring",
            "email", "phone", "book", "confirm", "follow", "check", "chase", "meet", "arrange", "schedule", "contact",
            "invite", "agree", "set");

    static Deliverable of(Evidence evidence, NoteText notes, LetterWords words, Language language) {
        EvidenceKind kind = evidence.kind() == null ? EvidenceKind.OTHER : evidence.kind();
        String typed = notes.inner(evidence.detail());
        typed = typed == null ? null : notes.inner(LABEL.matcher(typed).replaceFirst(""));
        // "(Warburtons buyer?)", "– link from Claire": the candidate's own reminders, not the employer's to read
        typed = typed == null ? null : Texts.clause(PrivateAside.without(typed));
        // the letter says the date: one typed into the text as well would be said twice
        String detail = TypedDueDate.without(typed, evidence.due());
        String dangling = TypedDueDate.danglingWord(typed, evidence.due());
        boolean presented = dangling != null && PRESENTED.matcher(dangling).matches();
        // "…, presenteres for Tor Arne og Kari": presented, to them, and the clause is no part of the case
        PresentedTo presentedTo = PresentedTo.in(detail);
        String audience = presentedTo == null ? null : presentedTo.audience();
        if (presentedTo != null) {
            detail = presentedTo.thing();
            presented = true;
        }
        if (detail == null) {
            return new Deliverable(kind, words.get("evidence." + kind.code()), null, false, null);
        }
        String[] parts = detail.split(" ", 2);
        String first = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        if (language == Language.NB && isNorwegianInfinitive(first, rest)) {
            return new Deliverable(kind, null, (present(first) + " " + rest).strip(), false, null);
        }
        if (language == Language.EN && EN_BASE_VERBS.contains(first) && !isBritishAdjective(first, rest)) {
            return new Deliverable(kind, null, detail, false, null);
        }
        String thing = kind == EvidenceKind.CASE ? CaseTopic.of(detail, notes, words) : detail;
        // "logisk test (Cut-e)": a thing typed as a label has its article in the letter's sentence
        thing = language == Language.NB && thing.equals(detail) ? new NorwegianArticle(words).withArticle(thing)
                : thing;
        if (language == Language.EN) {
            // "copy of my certificate" is "a copy of my certificate"; the test is the employer's: "the online test"
            thing = kind == EvidenceKind.TEST ? BareSingular.withDefinite(thing) : BareSingular.withIndefinite(thing);
        }
        thing = namesOfPeople(kind, thing, words);
        return new Deliverable(kind, thing, null, presented, audience);
    }

    /**
     * "I will send you two referees" sends the people: a British tester wrote "the names of two referees". A
     * language whose word for references is also the people who give them ("to referanser") has no such key.
     */
    private static String namesOfPeople(EvidenceKind kind, String thing, LetterWords words) {
        if (kind != EvidenceKind.REFERENCES || !words.has("evidence.people.sent")
                || !words.pattern("evidence.people.pattern").matcher(withoutArticle(thing)).find()) {
            return thing;
        }
        String people = words.pattern("evidence.people.names.pattern").matcher(withoutArticle(thing)).replaceAll("$1");
        return words.get("evidence.people.sent").replace("{what}", people);
    }

    /**
     * "Outline value case", "draft proposal": in British notes an outline or a draft is a kind of document, not an
     * instruction, unless a determiner follows ("draft the proposal").
     */
    private static boolean isBritishAdjective(String first, String rest) {
        String next = rest.isEmpty() ? "" : rest.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return (first.equals("outline") || first.equals("draft")) && !next.isEmpty()
                && !Set.of("a", "an", "the", "my", "our", "your", "how", "what", "which", "one", "two", "three")
                        .contains(next);
    }

    boolean isAction() {
        return action != null;
    }

    /**
     * The thing with the people it is presented to: "casen om …, for deg og Kari". A comma sets them off after a
     * thing of several words, whose last word they could otherwise seem to belong to.
     */
    String promisedThing() {
        if (audience == null) {
            return thing;
        }
        return thing + (thing.split(" ").length > 3 ? ", " : " ") + audience;
    }

    /**
     * "Tirsdag 1. desember sender jeg to referanser" / "On Tuesday 1 December I will send you two references". A
     * case is promised ready by its date ("innen fredag 4. desember har jeg en 90-dagersplan klar"), since when it
     * is presented is the employer's to set.
     */
    String promisedOn(String date, LetterWords words, Language language) {
        if (presented) {
            return words.get("evidence.dated").replace("{verb}", words.get("evidence.verb.case"))
                    .replace("{what}", promisedThing()).replace("{date}", date);
        }
        if (isWrittenCase(words)) {
            return words.get("evidence.dated").replace("{verb}", words.get("evidence.verb.written"))
                    .replace("{what}", caseThing()).replace("{date}", date);
        }
        if (kind == EvidenceKind.CASE) {
            return words.get("evidence.dated.case").replace("{what}", caseThing()).replace("{date}", date);
        }
        String sentence = isAction()
                ? words.get("evidence.dated.action").replace("{action}", actionAfterDate(language))
                : words.get("evidence.dated").replace("{verb}", words.get("evidence.verb." + kind.code()))
                        .replace("{what}", thing);
        return sentence.replace("{date}", date);
    }

    /** Norwegian puts the subject after the verb once the date comes first: "presenterer jeg en plan". */
    private String actionAfterDate(Language language) {
        if (language != Language.NB) {
            return action;
        }
        String[] parts = action.split(" ", 2);
        return parts[0] + " jeg" + (parts.length > 1 ? " " + parts[1] : "");
    }

    /** What a case consists of: "Presentere en 90-dagersplan" is "en 90-dagersplan". */
    private String caseThing() {
        if (!isAction()) {
            return thing;
        }
        String[] parts = action.split(" ", 2);
        return parts.length > 1 ? parts[1] : action;
    }

    /** The verb the promise shares with another of the same kind, for "…, og torsdag 3. desember salgstallene". */
    String sharedVerb(LetterWords words) {
        if (isWrittenCase(words) && !presented) {
            return words.get("evidence.verb.written");
        }
        return isAction() || kind == EvidenceKind.CASE || presented ? null
                : words.get("evidence.verb." + kind.code());
    }

    /**
     * The plan's wording, without a leading article: "To referanser sendt", "Casepresentasjon forberedt". A case
     * that is a written document ("en skriftlig 90-dagersplan", "a written proposal") is delivered, so it is sent
     * ("90-dagersplan sendt"): the presenting is one of the employer's steps. The plan suggestion and the letter's
     * table both word it here, so they agree.
     */
    String asMilestone(LetterWords words, Locale locale) {
        String key = "evidence.row." + (isWrittenCase(words) ? "written" : kind.code());
        // "Two referees sent" reads as if the people went in the post: what is sent is their names
        return asMilestone(words, locale, namesPeople(words) ? key + ".people" : key);
    }

    /** References typed as the people who give them ("two referees, including …"), in a language that says so. */
    private boolean namesPeople(LetterWords words) {
        String people = "evidence.row." + kind.code() + ".people";
        return thing != null && words.has(people)
                && words.pattern("evidence.people.pattern").matcher(withoutArticle(thing)).find();
    }

    /** A case the candidate hands over as a document: a plan, a report, a proposal, something written. */
    boolean isWrittenCase(LetterWords words) {
        // "Presentere en 90-dagersplan": the user chose the verb, and the letter keeps it
        return kind == EvidenceKind.CASE && !isAction() && !presented && words.pattern("evidence.written.pattern")
                .matcher(caseThing()).find();
    }

    /** The milestone in the words of {@code key}, a pattern with {@code {what}}. */
    String asMilestone(LetterWords words, Locale locale, String key) {
        String what = kind == EvidenceKind.CASE ? caseThing() : isAction() ? action : thing;
        if (isAction() && kind != EvidenceKind.CASE) {
            return Texts.capitalise(action, locale);
        }
        String bare = withoutArticle(what);
        String pattern = words.get(key);
        if (key.endsWith(".people")) {
            // "my two referees' names": the pattern says "Names of", once
            bare = words.pattern("evidence.people.names.pattern").matcher(bare).replaceAll("$1");
        }
        // "Two references sent, from my current and previous managers": the word that says it is done goes with
        // the thing, not after the words that describe it ("… previous managers sent"); a list ("2024, 2025 and
        // 2026") is one thing
        Matcher described = DESCRIBED.matcher(bare);
        int comma = described.find() ? described.start() : -1;
        // "an onboarding plan I've used before": "sent" right after a clause of its own reads as broken ("… used
        // before sent"), "Sent: …" as a form's label, and without the clause the thing may be lost ("a case of an
        // account I won back" is not "Case of an account prepared"): a comma sets the word that says it is done
        // apart, as a Norwegian tester wrote it ("eksempel på en oppstartsplan jeg har brukt, sendt")
        Matcher clause = words.pattern("evidence.clause.pattern").matcher(bare);
        if (clause.find() && (comma < 0 || clause.start() < comma) && pattern.startsWith("{what} ")) {
            String head = bare.substring(0, clause.start()).strip();
            // a document is named by itself ("Onboarding plan sent", as two testers wrote the row); another thing
            // needs its clause to be known ("a case of an account I won back")
            if (words.pattern("evidence.written.pattern").matcher(lastWord(head)).find()) {
                return Texts.capitalise(pattern.replace("{what}", head), locale);
            }
            // "Case of an account I won back, prepared" read as a form to a British tester, who renamed the row
            // (and so unlinked it from the case): the clause's own pattern says it as a person would
            String withClause = words.has(key + ".clause") ? words.get(key + ".clause") : "{what}, " + pattern
                    .substring("{what} ".length());
            return Texts.capitalise(withClause.replace("{what}", bare), locale);
        }
        if (comma > 0 && !pattern.endsWith("{what}")) {
            return Texts.capitalise(pattern.replace("{what}", bare.substring(0, comma)) + bare.substring(comma),
                    locale);
        }
        return Texts.capitalise(pattern.replace("{what}", bare), locale);
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private static String withoutArticle(String text) {
        String[] parts = text.split(" ", 2);
        boolean article = parts.length > 1 && ARTICLES.contains(parts[0].toLowerCase(Locale.ROOT));
        return article ? parts[1] : text;
    }

    /** "ringe", "sende": a Norwegian infinitive that opens a note, given the words after it. */
    static boolean isNorwegianInfinitive(String first, String rest) {
        if (NB_INFINITIVES.contains(first)) {
            return true;
        }
        String next = rest.isEmpty() ? "" : rest.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        // "salgstallene mine": a definite plural with its possessive after it, a thing, not "to do"
        if (first.endsWith("ene") && NB_POSSESSIVES.contains(next)) {
            return false;
        }
        return first.endsWith("e") && first.length() > 3 && NB_DETERMINERS.contains(next);
    }

    /** "call", "send": an English verb that opens a note as an instruction. */
    static boolean isEnglishBaseVerb(String first) {
        return EN_BASE_VERBS.contains(first);
    }

    /** "ringe" → "ringer", "gjøre" → "gjør". */
    static String present(String infinitive) {
        String irregular = NB_IRREGULAR_PRESENT.get(infinitive);
        if (irregular != null) {
            return irregular;
        }
        char last = infinitive.charAt(infinitive.length() - 1);
        return "aeiouyæøå".indexOf(last) >= 0 ? infinitive + "r" : infinitive;
    }
}
