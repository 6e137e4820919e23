package app.followup;

import app.followup.model.Candidate;
import app.followup.model.DecisionProcess;
import app.followup.model.EditedLetter;
import app.followup.model.Employer;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.PrivateNotes;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.model.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generated notes: any text (emoji, controls, right-to-left, very long), any mix of empty and filled fields. */
public final class NotesArbitraries {
    private NotesArbitraries() {
    }

    public static Arbitrary<String> text() {
        // any text a UTF-8 file can hold: unpaired surrogates are replaced when read (see BadNotesFileTest)
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60).map(NotesArbitraries::wellFormed);
        Arbitrary<String> words = Arbitraries.of("kunder", "Partnere", "stillingen", "æøå ÆØÅ", "😀 emoji",
                "漢字", "עברית", "e\u0301", "\u0000\u0007", "tab\there", "line\nbreak", "{{x}}", "|", "- ",
                "1. ", "", " ", "x".repeat(3000));
        return Arbitraries.oneOf(any, words, Arbitraries.just(null));
    }

    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000
                ? 0xFFFD : cp));
        return out.toString();
    }

    /** Names as an attacker would type them: encoded-word lookalikes, header breaks, quotes, very long words. */
    public static Arbitrary<String> name() {
        Arbitrary<String> hostile = Arbitraries.of("=?utf-8?q?Ola=0D=0ABcc:_spy@evil.example?=",
                "=?UTF-8?B?T2xhDQpCY2M6IHNweUBldmlsLmV4YW1wbGU=?=", "Ola\r\nBcc: spy@evil.example",
                "Hansen, Ola \"Sjefen\" <ola@x.example>", "Ola (kommentar) \\ \"", "team: a@x.example;",
                "Åse Øvrebø-Ærlig", "L".repeat(1200), "ord ".repeat(400), "Ærlig".repeat(300), "😀".repeat(100),
                "\u202eadmin", "=?", "?=");
        return Arbitraries.oneOf(text(), hostile);
    }

    /**
     * The candidate's name, the sender: the same attacks as {@link #name}, from a list of its own, so that the
     * signature never repeats an addressee's full name by chance.
     */
    public static Arbitrary<String> senderName() {
        Arbitrary<String> hostile = Arbitraries.of("=?utf-8?q?Kari=0D=0ABcc:_spy@evil.example?=",
                "Kari\r\nBcc: spy@evil.example", "Nordmann, Kari \"K\" <kari@x.example>", "K".repeat(1100),
                "Kåre Ødegård-Ærø", "navn ".repeat(300));
        return Arbitraries.oneOf(text(), hostile);
    }

    /** Addresses valid and not: groups, lists, quoted local parts, routes, names, controls, IDN. */
    public static Arbitrary<String> address() {
        Arbitrary<String> hostile = Arbitraries.of("ola@x.example", "lise+hr@x.example", "øyvind@firma.no",
                " per@x.example ", "team: a@evil.example, b@evil.example;", "a@x.example, spy@evil.example",
                "a@x.example;spy@evil.example", "Ola <ola@x.example>", "\"a b\"@x.example", "a@x.example (c)",
                "@route.example:a@x.example", "a@[127.0.0.1]", "a@b", "a@x.example\r\nBcc: spy@evil.example",
                "a\u0000@x.example", "=?utf-8?q?a?=@x.example", "a@x.example.", "");
        return Arbitraries.oneOf(text(), hostile);
    }

    /** Subjects: the names' attacks, and long lines. */
    public static Arbitrary<String> subject() {
        return Arbitraries.oneOf(name(), Arbitraries.of("Takk for samtalen i dag – " + "lang ".repeat(300),
                "Subject: x\r\nBcc: spy@evil.example", "=?iso-8859-1?q?=0D=0ABcc:_x@y.z?="));
    }

    static Arbitrary<List<String>> texts() {
        return text().filter(t -> t != null).list().ofMaxSize(4);
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    static Arbitrary<Extras> extras() {
        return Arbitraries.of(Extras.NONE, new Extras(Map.of("future", "{\"a\":[1,2.50,null]}")));
    }

    static Arbitrary<Step> step() {
        return Combinators.combine(text(), date().injectNull(0.3), Arbitraries.of(Owner.class).injectNull(0.3),
                extras()).as((what, date, owner, extras) -> new Step(what, date, owner, null, null, extras));
    }

    static Arbitrary<Participant> participant() {
        return Builders.withBuilder(() -> new Object[7])
                .use(name()).in((a, v) -> set(a, 0, v))
                .use(text()).in((a, v) -> set(a, 1, v))
                .use(text()).in((a, v) -> set(a, 2, v))
                .use(address()).in((a, v) -> set(a, 3, v))
                .use(Arbitraries.of(Role.class).injectNull(0.2)).in((a, v) -> set(a, 4, v))
                .use(Arbitraries.of(true, false).injectNull(0.5)).in((a, v) -> set(a, 5, v))
                .build(a -> new Participant((String) a[0], (String) a[1], (String) a[2], (String) a[3], (Role) a[4],
                        (Boolean) a[5], null, Extras.NONE));
    }

    private static Object[] set(Object[] array, int index, Object value) {
        array[index] = value;
        return array;
    }

    static Arbitrary<Round> round() {
        Arbitrary<DecisionProcess> process = Combinators.combine(text(), texts(), extras())
                .as(DecisionProcess::new).injectNull(0.3);
        Arbitrary<Evidence> evidence = Combinators.combine(Arbitraries.of(EvidenceKind.class).injectNull(0.2), text(),
                extras()).as((kind, detail, extras) -> new Evidence(kind, detail, null, null, extras));
        Arbitrary<Term> term = Combinators.combine(text(), texts(), extras()).as(Term::new);
        Arbitrary<EditedLetter> letter = Combinators.combine(subject(), text(), date().injectNull(0.5), extras())
                .as(EditedLetter::new).injectNull(0.7);
        return Builders.withBuilder(() -> new Object[16])
                .use(date()).in((a, v) -> set(a, 0, v))
                .use(Arbitraries.of(Stage.class).injectNull(0.2)).in((a, v) -> set(a, 1, v))
                .use(participant().list().ofMaxSize(5)).in((a, v) -> set(a, 2, v))
                .use(text()).in((a, v) -> set(a, 3, v))
                .use(texts()).in((a, v) -> set(a, 4, v))
                .use(texts()).in((a, v) -> set(a, 5, v))
                .use(text()).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.of(true, false).injectNull(0.3)).in((a, v) -> set(a, 7, v))
                .use(process).in((a, v) -> set(a, 8, v))
                .use(evidence.list().ofMaxSize(3)).in((a, v) -> set(a, 9, v))
                .use(step().injectNull(0.3)).in((a, v) -> set(a, 10, v))
                .use(step().list().ofMaxSize(5)).in((a, v) -> set(a, 11, v))
                .use(term.list().ofMaxSize(3)).in((a, v) -> set(a, 12, v))
                .use(text()).in((a, v) -> set(a, 13, v))
                .use(letter).in((a, v) -> set(a, 14, v))
                .use(extras()).in((a, v) -> set(a, 15, v))
                .build(NotesArbitraries::toRound);
    }

    @SuppressWarnings("unchecked")
    private static Round toRound(Object[] a) {
        return new Round((LocalDate) a[0], (Stage) a[1], (List<Participant>) a[2], (String) a[3],
                (List<String>) a[4], (List<String>) a[5], (String) a[6], (Boolean) a[7], (DecisionProcess) a[8],
                (List<Evidence>) a[9], (Step) a[10], (List<Step>) a[11], (List<Term>) a[12], (String) a[13],
                (EditedLetter) a[14], List.of(), (Extras) a[15]);
    }

    public static Arbitrary<Notes> notes() {
        Arbitrary<Candidate> candidate = Combinators.combine(senderName(), address(), text(), texts(), extras())
                .as(Candidate::new);
        Arbitrary<Employer> employer = Combinators.combine(text(), texts(), extras()).as(Employer::new);
        Arbitrary<Integer> fit = Arbitraries.integers().between(1, 5).injectNull(0.3);
        Arbitrary<PrivateNotes> privateNotes = Combinators.combine(text(), text(), fit, fit, text(), extras())
                .as(PrivateNotes::new);
        return Combinators.combine(Arbitraries.of(Language.class).injectNull(0.2), candidate, employer, text(),
                        privateNotes, round().list().ofMinSize(1).ofMaxSize(3), extras())
                .as((language, c, e, position, p, rounds, extras) -> new Notes(1, language, c, e, position, p, rounds,
                        null, extras));
    }
}
