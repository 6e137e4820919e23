package app.followup.letter;

import java.util.HashMap;
import app.followup.model.Candidate;
import app.followup.model.EditedLetter;
import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes the follow-up letter for one round: from the user's edited letter when there is one, otherwise from the
 * template for the round's language and stage, with the interviewer's words in place of the avoided ones.
 */
public final class LetterComposer {
    private static final Pattern POSTCODE = Pattern.compile("^\\p{Alnum}{0,3}-?\\d{3,6}\\s+");
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");
    /** A template's optional parts, left empty, leave their spaces behind: "er !.   Neste steg". */
    private static final Pattern EXTRA_SPACES = Pattern.compile(" {2,}");
    private final TemplateLibrary templates;

    public LetterComposer(TemplateLibrary templates) {
        this.templates = templates;
    }

    public static LetterComposer standard() {
        return new LetterComposer(TemplateLibrary.standard());
    }

    /** The letter the round sends: the edited one if the user edited it, else the generated one. */
    public Letter compose(Notes notes, int roundIndex, LocalDate today) {
        Round round = notes.rounds().get(roundIndex);
        EditedLetter edited = round.letter();
        if (isEdited(round)) {
            List<Block> body = BodyParser.parse(Objects.requireNonNullElse(edited.body(), ""));
            if (body.stream().anyMatch(Block.ItemList.class::isInstance)) {
                // the editor shows the plan table as lines: read back, they are the table again
                body = TableRowsReadBack.restore(body, generate(notes, roundIndex, today).body());
            }
            return assemble(notes, round, today, Objects.requireNonNullElse(Texts.inline(edited.subject()), ""),
                    body, true, Addressing.of(round.participants()));
        }
        return generate(notes, roundIndex, today);
    }

    /** The letter as rendered from the notes, ignoring any edit ("Back to the generated letter"). */
    public Letter generate(Notes notes, int roundIndex, LocalDate today) {
        return generate(notes, roundIndex, today, Addressing.of(notes.rounds().get(roundIndex).participants()));
    }

    /**
     * The round's letter to one participant alone, for those who prefer one letter each to one letter with
     * copies. An edited letter keeps the user's text, greeting this participant instead.
     */
    public Letter composeFor(Notes notes, int roundIndex, LocalDate today, Participant participant) {
        Addressing alone = Addressing.only(participant);
        Letter own = generate(notes, roundIndex, today, alone);
        if (!isEdited(notes.rounds().get(roundIndex))) {
            return own;
        }
        Letter shared = compose(notes, roundIndex, today);
        List<Block> body = new ArrayList<>(shared.body());
        List<Block> sharedGenerated = generate(notes, roundIndex, today).body();
        if (!body.isEmpty() && !sharedGenerated.isEmpty() && !own.body().isEmpty()
                && body.get(0).equals(sharedGenerated.get(0))) {
            body.set(0, own.body().get(0));
        }
        return assemble(notes, notes.rounds().get(roundIndex), today, shared.subject(), body, true, alone);
    }

    private Letter generate(Notes notes, int roundIndex, LocalDate today, Addressing addressing) {
        Round round = notes.rounds().get(roundIndex);
        Language language = notes.languageOrDefault();
        // "3 yrs", "its the": shorthand with one certain reading is written out before anything reads the notes
        Round read = AffiliationInBrackets.inRound(language == Language.EN ? HurriedEnglish.inRound(round) : round,
                language);
        Map<String, Object> model = TemplateModel.of(notes, read, addressing, today);
        String text = templates.template(language, round.stageOrDefault()).execute(model);
        text = Typography.of(TermReplacer.of(round.terminology(), language.locale())
                .keeping(ProperNames.of(notes, round)).apply(tidy(text)), language);
        int endOfSubject = text.indexOf('\n');
        String subject = endOfSubject < 0 ? text : text.substring(0, endOfSubject);
        String body = endOfSubject < 0 ? "" : text.substring(endOfSubject + 1);
        return assemble(notes, round, today, subject.strip(), BodyParser.parse(body), false, addressing);
    }

    private static boolean isEdited(Round round) {
        EditedLetter edited = round.letter();
        return edited != null && (edited.subject() != null || edited.body() != null);
    }

    /** One clean line per template line, no runs of blank lines or spaces: what optional parts leave behind. */
    static String tidy(String text) {
        String unified = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(EXTRA_SPACES.matcher(line.strip()).replaceAll(" ")).append('\n');
        }
        return EXTRA_BLANK_LINES.matcher(out.toString().strip()).replaceAll("\n\n");
    }

    private static Letter assemble(Notes notes, Round round, LocalDate today, String subject, List<Block> body,
                                   boolean edited, Addressing addressing) {
        Language language = notes.languageOrDefault();
        LocalDate dated = round.letter() != null && round.letter().sentOn() != null ? round.letter().sentOn() : today;
        String place = place(notes.candidate());
        String date = LetterDates.longDate(dated, language);
        return new Letter(language, subject, body, senderLines(notes.candidate()),
                AddressBlock.lines(notes, addressing), place == null ? date : place + ", " + date,
                Objects.requireNonNullElse(Texts.inline(notes.candidate().name()), ""),
                addressing.to(), addressing.cc(), edited, reminders(notes, round, subject),
                CopyLine.of(notes, addressing, language));
    }

    /**
     * The next step and every milestone the candidate owns, dated, as calendar reminders: in a decision-maker
     * round the plan's rows of evidence promised with a date too ("References sent", me), as the letter shows them.
     */
    private static List<Reminder> reminders(Notes notes, Round round, String subject) {
        String application = notes.employer().name() + "|" + notes.position() + "|" + round.date();
        String employer = Texts.inline(notes.employer().name());
        List<Reminder> reminders = new ArrayList<>();
        Step next = round.nextStep();
        if (next != null && next.owner() != Owner.EMPLOYER && next.date() != null && !Texts.isBlank(next.what())) {
            reminders.add(reminder(application + "|next-step", next, employer, subject));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Step milestone : round.milestones()) {
            if (milestone.owner() != Owner.EMPLOYER && milestone.date() != null && !Texts.isBlank(milestone.what())) {
                String id = milestoneId(notes, milestone);
                int occurrence = seen.merge(id, 1, Integer::sum);
                // two milestones with the same text and no id of their own are still two events
                reminders.add(reminder(occurrence == 1 ? id : id + "#" + occurrence, milestone, employer, subject));
            }
        }
        if (round.stageOrDefault() == Stage.DECISION_MAKER) {
            reminders.addAll(promisedInPlan(notes, round, application, employer, subject));
        }
        return reminders;
    }

    private static List<Reminder> promisedInPlan(Notes notes, Round round, String application, String employer,
                                                 String subject) {
        Language language = notes.languageOrDefault();
        LetterWords words = new LetterWords(language);
        NoteText text = new NoteText(language, TemplateModel.properNames(notes, round));
        List<Reminder> reminders = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Evidence evidence : ProgressPlan.evidenceRows(round, text, language)) {
            String what = Deliverable.of(evidence, text, words, language).asMilestone(words, language.locale());
            if (Texts.isBlank(what)) {
                continue;
            }
            // the promise's kind and text, as a milestone's: the event stays the same when its date moves
            String id = application + "|evidence|" + evidence.kind() + "|" + Objects.toString(evidence.detail(), "")
                    .strip();
            int occurrence = seen.merge(id, 1, Integer::sum);
            reminders.add(new Reminder(occurrence == 1 ? id : id + "#" + occurrence,
                    employer == null ? what : what + " – " + employer, subject, evidence.due()));
        }
        return reminders;
    }

    /**
     * A milestone's own id when it has one (the window gives each new one an id); else its application and text,
     * which stay the same when other milestones are added, removed or moved, and from round to round.
     */
    public static String milestoneId(Notes notes, Step milestone) {
        return milestone.id() != null && !milestone.id().isBlank() ? "milestone|" + milestone.id().strip()
                : notes.employer().name() + "|" + notes.position() + "|milestone|" + milestone.what().strip();
    }

    private static Reminder reminder(String id, Step step, String employer, String subject) {
        String what = Texts.clause(step.what());
        return new Reminder(id, employer == null ? what : what + " – " + employer, subject, step.date());
    }

    static List<String> senderLines(Candidate candidate) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, candidate.name());
        candidate.address().forEach(line -> addIfPresent(lines, line));
        addIfPresent(lines, candidate.phone());
        addIfPresent(lines, candidate.email());
        return lines;
    }

    /** The town from the last address line: "0155 Oslo" gives "Oslo". */
    private static String place(Candidate candidate) {
        List<String> address = candidate.address();
        if (address.isEmpty()) {
            return null;
        }
        String last = Texts.inline(address.get(address.size() - 1));
        if (last == null) {
            return null;
        }
        String town = POSTCODE.matcher(last).replaceFirst("").strip();
        return town.isEmpty() || town.chars().anyMatch(Character::isDigit) ? null : town;
    }

    private static void addIfPresent(List<String> lines, String text) {
        String clean = Texts.inline(text);
        if (clean != null) {
            lines.add(clean);
        }
    }
}
