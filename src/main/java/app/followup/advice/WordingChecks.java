package app.followup.advice;

import app.followup.letter.AvoidedForm;
import app.followup.letter.Letter;
import app.followup.letter.ProperNames;
import app.followup.letter.TermReplacer;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.Round;
import app.followup.model.Term;
import app.followup.pdf.FontCoverage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the letter says: their words, and only characters the PDF can show. The terms' advice is kept with what it
 * was read from (the letter's text and language, the round's terminology), for the keystrokes that change neither.
 */
final class WordingChecks {
    private record Reading(String text, List<Term> terminology, Locale language, List<String> names) {
    }

    private Reading lastRead;
    private List<Advice> lastTermsAdvice = List.of();

    void check(Notes notes, Round round, Letter letter, AdviceMessages messages, List<Advice> advice) {
        String text = letter.subject() + "\n" + letter.bodyText();
        Reading reading = new Reading(text, round.terminology(), letter.language().locale(),
                ProperNames.of(notes, round));
        if (!reading.equals(lastRead)) {
            List<Advice> terms = new ArrayList<>();
            terms(notes, round, letter, text, messages, terms);
            lastTermsAdvice = List.copyOf(terms);
            lastRead = reading;
        }
        advice.addAll(lastTermsAdvice);
        var missing = FontCoverage.missing(letter);
        if (!missing.isEmpty()) {
            advice.add(Advice.of(AdviceCode.GLYPH_MISSING, messages.get("glyph-missing",
                    String.join(", ", missing)), String.join(", ", missing)));
        }
    }

    private static void terms(Notes notes, Round round, Letter letter, String text, AdviceMessages messages,
                              List<Advice> advice) {
        // The words inflect by the letter's language, whatever language the advice is given in.
        TermReplacer replacer = TermReplacer.of(round.terminology(), letter.language().locale())
                .keeping(ProperNames.of(notes, round));
        Set<String> avoided = new LinkedHashSet<>();
        for (AvoidedForm form : replacer.avoidedForms(text)) {
            if (avoided.add(form.found().toLowerCase(Locale.ROOT))) {
                // A form the replacement could not work out needs the user's own rewording, and says so.
                String message = form.replaceable() ? messages.get("term-avoided", form.found(), form.theirs())
                        : messages.get("term-avoided-form", form.found(), form.theirs());
                advice.add(Advice.of(AdviceCode.TERM_AVOIDED, message, form.found()));
            }
        }
        List<String> theirs = round.terminology().stream().map(Term::theirs).map(Texts::inline)
                .filter(word -> word != null).toList();
        if (!theirs.isEmpty() && !TermReplacer.usesTheirWords(round.terminology(), letter.language().locale(), text)) {
            advice.add(Advice.of(AdviceCode.TERM_UNUSED, messages.get("term-unused", String.join(", ", theirs)),
                    null));
        }
    }
}
