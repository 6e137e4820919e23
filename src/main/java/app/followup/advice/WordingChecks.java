package app.followup.advice;

import app.followup.letter.AvoidedForm;
import app.followup.letter.Letter;
import app.followup.letter.TermReplacer;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.PrivateNotes;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Term;
import app.followup.pdf.FontCoverage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the letter says: their words, no salary in early rounds, nothing private, not too long. */
final class WordingChecks {
    static final int MAX_WORDS = 350;
    private static final Pattern SALARY = Pattern.compile(
            "(?<![\\p{L}])(lønn\\p{L}*|gasje|salary|salaries|compensation|remuneration|wages?)(?![\\p{L}])"
                    + "|(kr\\.?|nok|£|\\$|€)\\s?\\d|\\d[\\d  .,]*\\s?(kr|nok|kroner|k|000)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SHORTEST_PRIVATE_VALUE = 4;

    private WordingChecks() {
    }

    static void check(Notes notes, Round round, Letter letter, AdviceMessages messages, List<Advice> advice) {
        String text = letter.subject() + "\n" + letter.bodyText();
        String lower = text.toLowerCase(Locale.ROOT);
        if (round.stageOrDefault() == Stage.SPONSOR) {
            var salary = SALARY.matcher(text);
            if (salary.find()) {
                advice.add(new Advice(Level.ERROR, "salary-mentioned",
                        messages.get("salary-mentioned", salary.group().strip()), Field.LETTER, salary.group()));
            }
        }
        for (String value : privateValues(notes)) {
            if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                advice.add(new Advice(Level.ERROR, "private-leak", messages.get("private-leak", value),
                        Field.PRIVATE, value));
            }
        }
        terms(round, letter, text, lower, messages, advice);
        var missing = FontCoverage.missing(letter);
        if (!missing.isEmpty()) {
            advice.add(new Advice(Level.WARN, "glyph-missing", messages.get("glyph-missing",
                    String.join(", ", missing)), Field.LETTER, String.join(", ", missing)));
        }
        int words = letter.bodyText().isBlank() ? 0 : letter.bodyText().strip().split("\\s+").length;
        if (words > MAX_WORDS) {
            advice.add(new Advice(Level.WARN, "letter-too-long", messages.get("letter-too-long", words, MAX_WORDS),
                    Field.LETTER, null));
        }
    }

    private static void terms(Round round, Letter letter, String text, String lower, AdviceMessages messages,
                              List<Advice> advice) {
        // The words inflect by the letter's language, whatever language the advice is given in.
        TermReplacer replacer = TermReplacer.of(round.terminology(), letter.language().locale());
        Set<String> avoided = new LinkedHashSet<>();
        for (AvoidedForm form : replacer.avoidedForms(text)) {
            if (avoided.add(form.found().toLowerCase(Locale.ROOT))) {
                // A form the replacement could not work out needs the user's own rewording, and says so.
                String message = form.replaceable() ? messages.get("term-avoided", form.found(), form.theirs())
                        : messages.get("term-avoided-form", form.found(), form.theirs());
                advice.add(new Advice(Level.WARN, "term-avoided", message, Field.TERMS, form.found()));
            }
        }
        List<String> theirs = round.terminology().stream().map(Term::theirs).map(Texts::inline)
                .filter(word -> word != null).toList();
        if (!theirs.isEmpty() && theirs.stream().noneMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)))) {
            advice.add(new Advice(Level.INFO, "term-unused", messages.get("term-unused", String.join(", ", theirs)),
                    Field.TERMS, null));
        }
    }

    /** Every private value long enough to recognise: the salary, the core task, the notes of any round. */
    private static List<String> privateValues(Notes notes) {
        PrivateNotes own = notes.privateNotes();
        List<String> values = new ArrayList<>();
        for (String value : new String[] {own.salaryExpectation(), own.coreTask(), own.notes()}) {
            add(values, value);
        }
        notes.rounds().forEach(r -> add(values, r.privateNotes()));
        return values;
    }

    private static void add(List<String> values, String value) {
        String clean = Texts.clause(value);
        if (clean != null && clean.length() >= SHORTEST_PRIVATE_VALUE && !values.contains(clean)) {
            values.add(clean);
        }
    }
}
