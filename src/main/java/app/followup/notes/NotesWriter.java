package app.followup.notes;

import java.util.Objects;
import app.followup.model.ApplicationStatus;
import app.followup.model.Candidate;
import app.followup.model.DecisionProcess;
import app.followup.model.EditedLetter;
import app.followup.model.Employer;
import app.followup.model.Evidence;
import app.followup.model.Extras;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.model.Participant;
import app.followup.model.PrivateNotes;
import app.followup.model.Round;
import app.followup.model.Step;
import app.followup.model.Term;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the model as a notes file: keys in the order of the format's description, pretty-printed UTF-8, unknown
 * fields after the known ones of their object. Missing values are left out; lists and {@code letter} are always
 * written, so that a file keeps one shape from save to save.
 */
public final class NotesWriter {
    private static final JsonNodeFactory NODES = JsonSupport.NODES;

    public byte[] write(Notes notes) {
        ObjectNode root = NODES.objectNode();
        root.put("format", Notes.FORMAT);
        root.put("version", Notes.CURRENT_VERSION);
        putCode(root, "language", notes.language() == null ? null : notes.language().code());
        root.set("candidate", candidate(notes.candidate()));
        root.set("employer", employer(notes.employer()));
        putText(root, "position", notes.position());
        if (notes.status() != ApplicationStatus.ACTIVE) {
            root.set("status", status(notes.status()));
        }
        root.set("private", privateNotes(notes.privateNotes()));
        root.set("rounds", array(notes.rounds(), this::round));
        putExtras(root, notes.extras());
        StringWriter text = new StringWriter();
        try {
            JsonSupport.writePretty(root, text);
        } catch (IOException e) {
            throw new UncheckedIOException("notes could not be written as JSON", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode candidate(Candidate candidate) {
        ObjectNode node = NODES.objectNode();
        putText(node, "name", candidate.name());
        putText(node, "email", candidate.email());
        putText(node, "phone", candidate.phone());
        node.set("address", texts(candidate.address()));
        putExtras(node, candidate.extras());
        return node;
    }

    private static ObjectNode employer(Employer employer) {
        ObjectNode node = NODES.objectNode();
        putText(node, "name", employer.name());
        node.set("address", texts(employer.address()));
        putExtras(node, employer.extras());
        return node;
    }

    private static ObjectNode privateNotes(PrivateNotes notes) {
        ObjectNode node = NODES.objectNode();
        putText(node, "salaryExpectation", notes.salaryExpectation());
        putText(node, "coreTask", notes.coreTask());
        if (notes.interestFit() != null) {
            node.put("interestFit", notes.interestFit());
        }
        if (notes.strengthFit() != null) {
            node.put("strengthFit", notes.strengthFit());
        }
        putText(node, "notes", notes.notes());
        putExtras(node, notes.extras());
        return node;
    }

    private ObjectNode round(Round round) {
        ObjectNode node = NODES.objectNode();
        putDate(node, "date", round.date());
        putCode(node, "stage", round.stage() == null ? null : round.stage().code());
        node.set("participants", array(round.participants(), NotesWriter::participant));
        putText(node, "challenge", round.challenge());
        node.set("causes", texts(round.causes()));
        node.set("consequences", texts(round.consequences()));
        putText(node, "hiringVision", round.hiringVision());
        if (round.agreedToContinue() != null) {
            node.put("agreedToContinue", round.agreedToContinue());
        }
        if (round.decisionProcess() != null) {
            node.set("decisionProcess", decisionProcess(round.decisionProcess()));
        }
        node.set("evidence", array(round.evidence(), NotesWriter::evidence));
        if (round.nextStep() != null) {
            node.set("nextStep", step(round.nextStep()));
        }
        node.set("milestones", array(round.milestones(), NotesWriter::step));
        node.set("terminology", array(round.terminology(), NotesWriter::term));
        putText(node, "privateNotes", round.privateNotes());
        node.set("letter", round.letter() == null ? NODES.nullNode() : letter(round.letter()));
        if (!round.nudges().isEmpty()) {
            node.set("nudges", array(round.nudges(), NotesWriter::nudge));
        }
        putExtras(node, round.extras());
        return node;
    }

    private static ObjectNode participant(Participant participant) {
        ObjectNode node = NODES.objectNode();
        putText(node, "name", participant.name());
        putText(node, "title", participant.title());
        putText(node, "organisation", participant.organisation());
        putText(node, "email", participant.email());
        putCode(node, "role", participant.role() == null ? null : participant.role().code());
        if (participant.addressee() != null) {
            node.put("addressee", participant.addressee());
        }
        putText(node, "greetingName", participant.greetingName());
        putExtras(node, participant.extras());
        return node;
    }

    private static ObjectNode decisionProcess(DecisionProcess process) {
        ObjectNode node = NODES.objectNode();
        putText(node, "decisionMaker", process.decisionMaker());
        node.set("steps", texts(process.steps()));
        putExtras(node, process.extras());
        return node;
    }

    private static ObjectNode evidence(Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        putCode(node, "kind", evidence.kind() == null ? null : evidence.kind().code());
        putText(node, "detail", evidence.detail());
        putDate(node, "due", evidence.due());
        putDate(node, "delivered", evidence.delivered());
        putExtras(node, evidence.extras());
        return node;
    }

    private static ObjectNode step(Step step) {
        ObjectNode node = NODES.objectNode();
        putText(node, "what", step.what());
        putDate(node, "date", step.date());
        putCode(node, "owner", step.owner() == null ? null : step.owner().code());
        putText(node, "who", step.who());
        putText(node, "id", step.id());
        putExtras(node, step.extras());
        return node;
    }

    private static ObjectNode term(Term term) {
        ObjectNode node = NODES.objectNode();
        putText(node, "theirs", term.theirs());
        node.set("avoid", texts(term.avoid()));
        putExtras(node, term.extras());
        return node;
    }

    private static ObjectNode nudge(Nudge nudge) {
        ObjectNode node = NODES.objectNode();
        putDate(node, "sentOn", nudge.sentOn());
        putText(node, "subject", nudge.subject());
        putText(node, "body", nudge.body());
        if (nudge.proposed() != null) {
            node.set("proposed", step(nudge.proposed()));
        }
        putExtras(node, nudge.extras());
        return node;
    }

    private static ObjectNode status(ApplicationStatus status) {
        ObjectNode node = NODES.objectNode();
        putCode(node, "state", status.state() == null ? null : status.state().code());
        putDate(node, "since", status.since());
        putExtras(node, status.extras());
        return node;
    }

    private static ObjectNode letter(EditedLetter letter) {
        ObjectNode node = NODES.objectNode();
        putText(node, "subject", letter.subject());
        putText(node, "body", letter.body());
        node.set("sentOn", letter.sentOn() == null ? NODES.nullNode() : NODES.textNode(letter.sentOn().toString()));
        putExtras(node, letter.extras());
        return node;
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> mapping) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(mapping.apply(item)));
        return array;
    }

    private static ArrayNode texts(List<String> items) {
        ArrayNode array = NODES.arrayNode();
        items.stream().filter(Objects::nonNull).forEach(array::add);
        return array;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putCode(ObjectNode node, String field, String code) {
        putText(node, field, code);
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        putText(node, field, date == null ? null : date.toString());
    }

    private static void putExtras(ObjectNode node, Extras extras) {
        extras.rawJson().forEach((field, raw) -> {
            if (!node.has(field)) {
                try {
                    node.set(field, JsonSupport.read(raw.getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new IllegalStateException("a kept unknown field is not JSON: " + field, e);
                }
            }
        });
    }
}
