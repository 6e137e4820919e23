package app.followup.pasted;

import app.followup.model.Evidence;
import app.followup.model.Language;
import app.followup.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts notes pasted in one piece (as typed from paper after an interview, with or without labels such as
 * "Hvorfor:" / "Why:") into the wizard's fields.
 *
 * <p>A labelled line goes to its label's field; a label alone on its line takes the lines below it. A line without a
 * label is placed only where the notes' shape says clearly what it is: the first one under the first person who
 * spoke (or the first of notes without people) is the challenge, a line that pictures the hire ("Jeg vil ha …",
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
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<String> promises = new ArrayList<>();
        private final List<String> unplaced = new ArrayList<>();
        /** The label a label alone on its line gives the lines below it, or null. */
        private PastedLine openLabel;
        /** Whether an unlabelled line may still be the challenge: none has been read, under the first person. */
        private boolean challengeOpen = true;

        Sorting(PastedWords words, LocalDate around) {
            this.words = words;
            this.items = new NoteItems(words);
            this.around = around;
        }

        SortedNotes sorted(String text) {
            List<String> lines = lines(text);
            if (isOneParagraph(lines)) {
                onlySentences(lines.get(0));
            } else {
                for (int i = 0; i < lines.size(); i++) {
                    read(lines.get(i), i == 0);
                }
            }
            PromisesMade made = PromisesMade.read(promises, evidence, interviewDate == null ? around
                    : interviewDate);
            unplaced.addAll(made.unplaced());
            return new SortedNotes(employer, interviewDate, people, challenge, causes, consequences, vision(),
                    decisionMaker, decisionSteps, made.evidence(), made.nextStep(), unplaced);
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

        /** Notes of one paragraph with no label and no person: nothing tells what its sentences are. */
        private boolean isOneParagraph(List<String> lines) {
            return lines.size() == 1 && !PastedLine.of(lines.get(0), words).isLabelled()
                    && PersonLine.of(lines.get(0), words) == null
                    && NotesHeading.of(lines.get(0), words, around) == null;
        }

        /** Its first sentence is the challenge; the rest stays as typed. */
        private void onlySentences(String paragraph) {
            List<String> sentences = NoteItems.sentences(paragraph);
            challenge = NoteItems.withoutFullStop(sentences.get(0));
            if (sentences.size() > 1) {
                unplaced.add(String.join(" ", sentences.subList(1, sentences.size())));
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
            if (pasted.isLabelled()) {
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
            if (words.openingOf("cue.vision", unquoted) != null) {
                visions.add(visionOf(text));
            } else if (words.openingOf("cue.decision", unquoted) != null) {
                decisionSteps.addAll(items.of(text));
            } else if (challengeOpen && challenge == null && people.size() <= 1) {
                challenge = challengeOf(text);
            } else {
                unplaced.add(text);
            }
            challengeOpen = false;
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
