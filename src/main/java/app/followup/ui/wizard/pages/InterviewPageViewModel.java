package app.followup.ui.wizard.pages;

import app.followup.ui.Document;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Language;
import app.followup.model.Role;
import app.followup.model.Stage;
import app.followup.invite.InterviewDetails;
import app.followup.invite.PastedAddresses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Page 1: employer, position, the interview's date and stage, the letter's language. */
public final class InterviewPageViewModel extends PageViewModel {
    public final StringProperty employer = notesText(n -> n.employer().name(),
            (n, v) -> n.withEmployer(n.employer().withName(v)));
    public final StringProperty employerAddress = notesLines(n -> n.employer().address(),
            (n, v) -> n.withEmployer(n.employer().withAddress(v)));
    public final StringProperty position = notesText(n -> n.position(), (n, v) -> n.withPosition(v));
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SPONSOR);
    public final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.NB);

    private final ParticipantsPageViewModel participants;
    private final ReadOnlyObjectWrapper<FilledFromInvitation> filledFromInvitation = new ReadOnlyObjectWrapper<>();
    /** The user picked the stage on this page since the notes were opened: an invitation never changes it then. */
    private boolean stageChosen;
    private boolean settingStage;

    /** @param participants page 2, whose invitation dialog this page opens too and whose table takes the people */
    public InterviewPageViewModel(Document document, ParticipantsPageViewModel participants) {
        super(document);
        this.participants = participants;
        onLoad(() -> filledFromInvitation.set(null));
        onLoad(() -> {
            date.set(document.round().date());
            stage.set(document.round().stageOrDefault());
            language.set(document.notes().languageOrDefault());
        });
        // the round's date can be set elsewhere too: the participants page takes an invitation's date
        document.notesProperty().addListener(o -> {
            LocalDate inNotes = document.isOpen() && !isLoading() ? document.round().date() : null;
            if (inNotes != null && !inNotes.equals(date.get())) {
                date.set(inNotes);
            }
        });
        date.addListener((o, old, now) -> {
            if (now != null) {
                edit(r -> r.withDate(now));
            }
        });
        stage.addListener((o, old, now) -> {
            edit(r -> r.withStage(now));
            stageChosen = !isLoading() && !settingStage;
        });
        onLoad(() -> stageChosen = false);
        language.addListener((o, old, now) -> editNotes(n -> n.withLanguage(now)));
    }

    /**
     * "Fill in from the invitation…": page 2's dialog (an .ics file, or the email pasted), then every field of this
     * page that is still empty takes what the invitation says, and the people go to page 2 as its own button adds
     * them. A field the user has typed in is never changed.
     */
    public void fillFromInvitation() {
        participants.askInvitation().ifPresent(invitation -> {
            InterviewDetails details = detailsOf(invitation);
            List<String> filled = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            fillIfEmpty(employer, details.employer(), "interview.part.employer", filled, kept);
            fillIfEmpty(position, details.position(), "interview.part.position", filled, kept);
            fillIfEmpty(employerAddress, details.address().isEmpty() ? Optional.empty()
                    : Optional.of(String.join("\n", details.address())), "interview.part.address", filled, kept);
            LocalDate before = date.get();
            participants.take(invitation);
            if (date.get() != null && !date.get().equals(before)) {
                filled.add("interview.part.date");
            }
            // the final decision maker took part: the letter carries the plan (stage.hint). Both testers knew who
            // decided, the import did too, and the stage stayed "Sponsor" until they changed it by hand
            if (!stageChosen && stage.get() != Stage.DECISION_MAKER && !invitation.added().isEmpty()
                    && participants.participants().rows().stream()
                    .anyMatch(row -> row.role.get() == Role.DECISION_MAKER)) {
                settingStage = true;
                stage.set(Stage.DECISION_MAKER);
                settingStage = false;
                filled.add("interview.part.stage");
            }
            filledFromInvitation.set(new FilledFromInvitation(filled, kept, invitation.added().size()));
        });
    }

    /** What the last "Fill in from the invitation…" did; null before it was used on the file open now. */
    public ReadOnlyObjectProperty<FilledFromInvitation> filledFromInvitationProperty() {
        return filledFromInvitation.getReadOnlyProperty();
    }

    private InterviewDetails detailsOf(InvitationViewModel invitation) {
        String own = document.notes().candidate().email();
        return invitation.fileRead()
                .map(file -> InterviewDetails.ofInvitation(file.title(), file.place(), file.people(), own))
                .orElseGet(() -> InterviewDetails.ofEmail(invitation.pasted.get(),
                        PastedAddresses.read(invitation.pasted.get()), own));
    }

    private static void fillIfEmpty(StringProperty field, Optional<String> value, String part, List<String> filled,
                                    List<String> kept) {
        if (value.isEmpty()) {
            return;
        }
        if (field.get().isBlank()) {
            field.set(value.get());
            filled.add(part);
        } else if (!field.get().strip().equals(value.get().strip())) {
            kept.add(part);
        }
    }

    @Override
    public String key() {
        return "step.interview";
    }

    @Override
    public ObservableBooleanValue filled() {
        return notBlank(employer).and(notBlank(position)).and(date.isNotNull());
    }

    /** The notes file needs every round's date. */
    @Override
    public ObservableBooleanValue valid() {
        return date.isNotNull();
    }
}
