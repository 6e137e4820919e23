package app.followup.pasted;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sorts notes pasted in one piece (as typed from paper after an interview, with or without labels such as
 * "Hvorfor:" / "Why:") into the wizard's fields.
 *
 * <p>A labelled line goes to its label's field; a label alone on its line takes the lines below it. A line without a
 * label is placed only where the notes' shape says clearly what it is: the first line under the first person who
 * spoke (or the first line of notes without people) is the challenge, a line that pictures the hire ("Jeg vil ha …",
 * "Wants …") the hiring vision, a line about the decision ("Beslutning før jul …") the decision steps. Everything
 * else is kept in {@code unplaced} as typed: a wrong guess costs the user more than a line to place by hand.
 */
public final class NotesSorter {
    private NotesSorter() {
    }

    /**
     * @param language the letter's language; notes in the other one are read too
     * @param around   a day near the interview, to give dates typed without a year their year
     */
    public static SortedNotes sort(String text, Language language, LocalDate around) {
        if (text == null || text.isBlank()) {
            return SortedNotes.NOTHING;
        }
        return new Sorting(PastedWords.both(), around).sorted(text);
    }

    /** The fields as the lines fill them, one pass over the notes. */
    private static final class Sorting {
        private final PastedWords words;
        private final NoteItems items;
        private final LocalDate around;
        private String employer;
        private LocalDate interviewDate;
        private final List<NotedPerson> people = new ArrayList<>();
        private String challenge;
        private final List<String> causes = new ArrayList<>();
        private final List<String> consequences = new ArrayList<>();
        private final List<String> visions = new ArrayList<>();
        private final List<String> targets = new ArrayList<>();
        private String decisionMaker;
        private final List<String> decisionSteps = new ArrayList<>();
        /** The decision's own steps ("Ingrid bestemmer før jul"), which end the process. */
        private final List<String> decisions = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<String> promises = new ArrayList<>();
        private final List<String> unplaced = new ArrayList<>();
        /** The label a label alone on its line gives the lines below it, or null. */
        private PastedLine openLabel;
        /**
         * Whether a blank line stands before this one: after it, only a bulleted line is still an item of a label
         * alone on its line ("Årsaker:" over "- …"); a plain line is something else.
         */
        private boolean afterBlank;
        /** Whether an unlabelled line may still be the challenge: it is the first line under the first person. */
        private boolean challengeOpen = true;

        Sorting(PastedWords words, LocalDate around) {
            this.words = words;
            this.items = new NoteItems(words);
            this.around = around;
        }

        SortedNotes sorted(String text) {
            List<String> lines = lines(text);
            if (isOneParagraph(text, lines)) {
                onlySentences(lines);
            } else {
                boolean first = true;
                for (String line : text.split("\\R")) {
                    if (line.isBlank()) {
                        afterBlank = true;
                        continue;
                    }
                    read(line.strip(), first);
                    first = false;
                    afterBlank = false;
                }
            }
            PromisesMade made = PromisesMade.read(promises, evidence, words, interviewDate == null ? around
                    : interviewDate);
            unplaced.addAll(made.unplaced());
            List<NotedPerson> namedInSteps = StepPeople.of(decisionSteps, text, people, words);
            decisionSteps.addAll(decisions);
            return new SortedNotes(employer, interviewDate, people, challenge, causes, consequences, vision(),
                    decisionMaker, decisionSteps, made.evidence(), made.nextStep(), unplaced, namedInSteps);
        }

        private static List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }

        /**
         * Notes of plain sentences: no heading, label, person or bullet, no blank line, and one line or lines that
         * wrap mid-sentence. Nothing tells what they are. Lines that each stand alone are items, bullets or none.
         */
        private boolean isOneParagraph(String text, List<String> lines) {
            if (text.strip().split("\\R\\s*\\R").length > 1 || lines.size() > 1 && !wraps(lines)) {
                return false;
            }
            for (String line : lines) {
                if (PastedLine.isBulleted(line) || PastedLine.of(line, words).isLabelled()
                        || PersonLine.of(line, words) != null) {
                    return false;
                }
            }
            return NotesHeading.of(lines.get(0), words, around) == null;
        }

        /** Whether a line runs on into the next: it ends without a full stop and the next opens in lower case. */
        private static boolean wraps(List<String> lines) {
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i - 1).matches("(?s).*[.!?:\"”»]$") && Character.isLowerCase(lines.get(i).charAt(0))) {
                    return true;
                }
            }
            return false;
        }

        /** Its first sentence is the challenge; the rest stays as typed (a line break in it is only a wrap). */
        private void onlySentences(List<String> lines) {
            String[] firstAndRest = NoteItems.firstSentenceAndRest(String.join(" ", lines));
            challenge = challengeOf(firstAndRest[0]);
            if (firstAndRest.length > 1) {
                unplaced.add(firstAndRest[1]);
            }
        }

        private void read(String line, boolean first) {
            if (first && people.isEmpty()) {
                NotesHeading heading = NotesHeading.of(line, words, around);
                if (heading != null) {
                    employer = heading.employer();
                    interviewDate = heading.date();
                    return;
                }
            }
            NotedPerson person = PersonLine.of(line, words);
            if (person != null) {
                if (!people.isEmpty()) {
                    challengeOpen = false;
                }
                people.add(person);
                if (person.role() == Role.DECISION_MAKER && decisionMaker == null) {
                    decisionMaker = person.name();
                }
                openLabel = null;
                return;
            }
            PastedLine pasted = PastedLine.of(line, words);
            if (afterBlank && !pasted.bulleted()) {
                openLabel = null;
            }
            if (pasted.isLabelled()) {
                challengeOpen = false;
                openLabel = pasted.text().isEmpty() ? pasted : null;
                if (!pasted.text().isEmpty()) {
                    labelled(pasted.labelKey(), pasted.label(), pasted.text());
                }
            } else if (openLabel != null) {
                labelled(openLabel.labelKey(), openLabel.label(), pasted.text());
            } else {
                unlabelled(pasted.text());
            }
        }

        private void labelled(String key, String label, String text) {
            switch (key) {
                case "challenge" -> {
                    challengeOpen = false;
                    if (challenge == null) {
                        challenge = challengeOf(text);
                    } else {
                        unplaced.add(text);
                    }
                }
                case "causes" -> causes.addAll(items.of(text));
                case "consequences" -> consequences.addAll(items.of(text));
                case "vision" -> visions.add(visionOf(text));
                case "target" -> targets.add(label + ": " + sentence(NoteItems.unquoted(text)));
                case "decisionMaker" -> decisionMaker = NoteItems.withoutFullStop(text);
                case "decisionSteps" -> decisionSteps.addAll(items.of(text));
                case "evidence" -> evidence.addAll(AskedEvidence.of(text, words));
                default -> promises.add(text);
            }
        }

        private void unlabelled(String text) {
            String unquoted = NoteItems.unquoted(text);
            String saidBy = afterNotedName(unquoted);
            if (words.openingOf("cue.vision", unquoted) != null
                    || words.openingOf("cue.pictured", unquoted) != null || picturesSomeone(saidBy)) {
                visions.add(visionOf(text));
            } else if (isDecision(unquoted)) {
                decisionLine(unquoted);
            } else if (challengeOpen && challenge == null && people.size() <= 1) {
                challenge = challengeOf(text);
            } else if (NoteItems.sentences(unquoted).stream().anyMatch(this::isDecision)) {
                // "Hans Petter anbefaler. Ingrid bestemmer før jul.": a later sentence says what the line is about
                decisionLine(unquoted);
            } else {
                unplaced.add(text);
            }
            challengeOpen = false;
        }

        /** "Beslutning før jul", "Decides after references", "Ingrid bestemmer før jul". */
        private boolean isDecision(String sentence) {
            String saidBy = afterNotedName(sentence);
            return words.openingOf("cue.decision", sentence) != null
                    || saidBy != null && words.openingOf("cue.decides", saidBy) != null;
        }

        /**
         * What follows a noted person's name that opens the line ("Ingrid vil ha en KAM …" → "vil ha en KAM …"), or
         * null when no noted person opens it.
         */
        private String afterNotedName(String text) {
            for (NotedPerson person : people) {
                if (text.startsWith(person.name() + " ")) {
                    return text.substring(person.name().length() + 1);
                }
            }
            return null;
        }

        /** "vil ha en KAM som …", "wants someone who …": a person pictured, not a thing wanted ("wants the plan"). */
        private boolean picturesSomeone(String saidBy) {
            String cue = saidBy == null ? null : words.openingOf("cue.vision", saidBy);
            return cue != null && words.openingOf("pictured.opening", saidBy.substring(cue.length()).strip()) != null;
        }

        /**
         * "Beslutning før jul (fredag 18. desember). Hans Petter anbefaler, Marte tar referansene.": the steps
         * before the decision one each, the decision itself last, as the composer reads a process that ends in it;
         * a decision said with a verb and no subject ("Bestemmer seg etter …") is the decision maker's, and one with
         * a noted person's name ("Ingrid bestemmer før jul") is a decision too.
         */
        private void decisionLine(String text) {
            for (String sentence : NoteItems.sentences(text)) {
                if (!isDecision(sentence)) {
                    decisionSteps.addAll(items.partsOf(sentence));
                } else {
                    String decides = words.openingOf("cue.decides", sentence);
                    String step = NoteItems.withoutFullStop(sentence);
                    decisions.add(decides == null || decisionMaker == null ? step
                            : decisionMaker + " " + step.substring(0, 1).toLowerCase(Locale.ROOT)
                                    + step.substring(1));
                }
            }
        }

        private String challengeOf(String text) {
            return NoteItems.withoutFullStop(NoteItems.unquoted(text));
        }

        /** The person pictured, without the words that say someone pictures them ("Jeg vil ha", "Wants"). */
        private String visionOf(String text) {
            String unquoted = NoteItems.unquoted(text);
            String opening = words.openingOf("cue.vision", unquoted);
            String pictured = opening == null ? unquoted : unquoted.substring(opening.length()).strip();
            return sentence(pictured.isEmpty() ? unquoted : capitalised(pictured));
        }

        /** The vision, its targets each a sentence of their own after it ("… Mål: 10 nye avtaler."). */
        private String vision() {
            List<String> all = new ArrayList<>(visions);
            all.addAll(targets);
            return all.isEmpty() ? null : String.join(" ", all);
        }

        private static String sentence(String text) {
            String bare = NoteItems.withoutFullStop(text);
            return bare.isEmpty() ? bare : bare + ".";
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
