package app.followup.advice;

import app.followup.letter.Letter;
import app.followup.letter.Texts;
import app.followup.model.Notes;
import app.followup.model.PrivateNotes;
import app.followup.model.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Nothing private in the letter: the salary expectation, the core task, the notes of the application and of every
 * round. Compared with all white space as single spaces, so that a private sentence broken across two lines of the
 * letter (or typed with two spaces, a tab, a non-breaking space, a soft hyphen) is still found.
 *
 * <p>A private value the employer's own words in the notes also hold (the core task "new contract customers" in
 * their hiring vision) is not private: the letter says it back to them.
 *
 * <p>The checklist runs this at every keystroke: the letter's comparable form is kept until its text changes, and
 * the private values' until they change.
 */
final class PrivateLeakCheck {
    static final int SHORTEST_PRIVATE_VALUE = 4;
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    private String lastLetterText;
    private String lastLetterComparable = "";
    private List<String> lastValues = List.of();
    private List<String> lastValuesComparable = List.of();

    void check(Notes notes, Letter letter, AdviceMessages messages, List<Advice> advice) {
        String letterText = comparableLetter(letter.subject() + "\n" + letter.bodyText());
        List<String> values = privateValues(notes);
        List<String> comparableValues = comparableValues(values);
        String theirWords = comparable(String.join("\n", publicNotes(notes)));
        for (int i = 0; i < values.size(); i++) {
            // words the employer said too ("new contract customers" in their hiring vision) are not the user's secret
            if (letterText.contains(comparableValues.get(i)) && !theirWords.contains(comparableValues.get(i))) {
                advice.add(Advice.of(AdviceCode.PRIVATE_LEAK, messages.get("private-leak", values.get(i)),
                        values.get(i)));
            }
        }
    }

    private String comparableLetter(String text) {
        if (!text.equals(lastLetterText)) {
            lastLetterComparable = comparable(text);
            lastLetterText = text;
        }
        return lastLetterComparable;
    }

    private List<String> comparableValues(List<String> values) {
        if (!values.equals(lastValues)) {
            lastValuesComparable = values.stream().map(PrivateLeakCheck::comparable).toList();
            lastValues = values;
        }
        return lastValuesComparable;
    }

    /** One line, white space as single spaces, invisible characters (soft hyphen, zero width space) left out. */
    private static String comparable(String text) {
        String clean = Texts.inline(INVISIBLE.matcher(text).replaceAll(""));
        return clean == null ? "" : clean.toLowerCase(Locale.ROOT);
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

    /** What the notes hold for the letter itself: what the employer said, the steps, the promises. */
    private static List<String> publicNotes(Notes notes) {
        List<String> texts = new ArrayList<>();
        for (Round round : notes.rounds()) {
            texts.add(round.challenge());
            texts.addAll(round.causes());
            texts.addAll(round.consequences());
            texts.add(round.hiringVision());
            texts.addAll(round.decisionProcessOrEmpty().steps());
        }
        return texts.stream().filter(Objects::nonNull).toList();
    }

    private static void add(List<String> values, String value) {
        String clean = Texts.clause(value);
        if (clean != null && clean.length() >= SHORTEST_PRIVATE_VALUE && !values.contains(clean)) {
            values.add(clean);
        }
    }
}
