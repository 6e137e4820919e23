package app.followup.notes;

import java.nio.charset.StandardCharsets;
import app.followup.model.ApplicationState;
import app.followup.model.ApplicationStatus;
import app.followup.model.Candidate;
import app.followup.model.DecisionProcess;
import app.followup.model.EditedLetter;
import app.followup.model.Employer;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Nudge;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.PrivateNotes;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.model.Term;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Turns the bytes of a notes file (format version 1 or older) into the model, or says plainly what is wrong. */
public final class NotesReader {

    public Notes read(byte[] json) throws NotesException {
        if (isBlank(json)) {
            throw new NotesException("the file is empty, not a FollowUp notes file");
        }
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new ForeignFileException("expected a JSON object");
        }
        JsonObjectReader top = JsonObjectReader.of(root, "");
        checkFormat(top);
        return new Notes(
                top.integer("version", 1, Integer.MAX_VALUE),
                top.code("language", Language::fromCode),
                candidate(top.object("candidate")),
                employer(top.object("employer")),
                top.text("position"),
                privateNotes(top.object("private")),
                top.objects("rounds", this::round),
                status(top.object("status")),
                top.extras());
    }

    /**
     * Whether the file holds nothing but white space. A notes file starts with "{", decided at its first byte:
     * decoding the whole file to ask would cost a folder of two hundred files a tenth of a second in a cold JVM.
     */
    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b < 0) {
                // a letter beyond ASCII, or Unicode white space: as the text decoded says
                return new String(json, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parse(byte[] json) throws NotesException {
        try {
            return JsonSupport.read(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String what = firstLine(e.getOriginalMessage());
            if (where == null || where.getLineNr() < 1) {
                throw new NotesException("broken JSON: " + what, e);
            }
            throw new NotesException("broken JSON at line " + where.getLineNr() + ", column " + where.getColumnNr()
                    + ": " + what, e);
        } catch (IOException e) {
            throw new NotesException("broken JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static void checkFormat(JsonObjectReader top) throws NotesException {
        String format;
        try {
            format = top.text("format");
        } catch (NotesException e) {
            format = null;
        }
        if (!Notes.FORMAT.equals(format)) {
            throw new ForeignFileException("\"format\" must be \"" + Notes.FORMAT + "\""
                    + (format == null ? ", and it is missing" : ", found \"" + format + "\""));
        }
        if (!top.has("version")) {
            throw new NotesException("\"version\" is missing: a notes file says which format version it is");
        }
        int version = top.integer("version", 1, Integer.MAX_VALUE);
        if (version > Notes.CURRENT_VERSION) {
            throw new NewerVersionException(version);
        }
    }

    private static Candidate candidate(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new Candidate(in.text("name"), in.text("email"), in.text("phone"), in.texts("address"), in.extras());
    }

    private static Employer employer(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new Employer(in.text("name"), in.texts("address"), in.extras());
    }

    private static PrivateNotes privateNotes(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new PrivateNotes(in.text("salaryExpectation"), in.text("coreTask"), in.integer("interestFit", 1, 5),
                in.integer("strengthFit", 1, 5), in.text("notes"), in.extras());
    }

    private Round round(JsonObjectReader in) throws NotesException {
        return new Round(
                in.requiredDate("date"),
                in.code("stage", Stage::fromCode),
                in.objects("participants", NotesReader::participant),
                in.text("challenge"),
                in.texts("causes"),
                in.texts("consequences"),
                in.text("hiringVision"),
                in.bool("agreedToContinue"),
                decisionProcess(in.object("decisionProcess")),
                in.objects("evidence", NotesReader::evidence),
                step(in.object("nextStep")),
                in.objects("milestones", NotesReader::step),
                in.objects("terminology", NotesReader::term),
                in.text("privateNotes"),
                letter(in.object("letter")),
                in.objects("nudges", NotesReader::nudge),
                in.extras());
    }

    private static Participant participant(JsonObjectReader in) throws NotesException {
        return new Participant(in.text("name"), in.text("title"), in.text("organisation"), in.text("email"),
                in.code("role", Role::fromCode), in.bool("addressee"), in.text("greetingName"), in.extras());
    }

    private static DecisionProcess decisionProcess(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new DecisionProcess(in.text("decisionMaker"), in.texts("steps"), in.extras());
    }

    private static Evidence evidence(JsonObjectReader in) throws NotesException {
        return new Evidence(in.code("kind", EvidenceKind::fromCode), in.text("detail"), in.date("due"),
                in.date("delivered"), in.extras());
    }

    private static Step step(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new Step(in.text("what"), in.date("date"), in.code("owner", Owner::fromCode), in.text("who"),
                in.text("id"), in.extras());
    }

    private static Term term(JsonObjectReader in) throws NotesException {
        return new Term(in.text("theirs"), in.texts("avoid"), in.extras());
    }

    private static Nudge nudge(JsonObjectReader in) throws NotesException {
        return new Nudge(in.date("sentOn"), in.text("subject"), in.text("body"), step(in.object("proposed")),
                in.extras());
    }

    private static ApplicationStatus status(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new ApplicationStatus(in.code("state", ApplicationState::fromCode), in.date("since"), in.extras());
    }

    private static EditedLetter letter(JsonObjectReader in) throws NotesException {
        if (in == null) {
            return null;
        }
        return new EditedLetter(in.text("subject"), in.text("body"), in.date("sentOn"), in.extras());
    }
}
