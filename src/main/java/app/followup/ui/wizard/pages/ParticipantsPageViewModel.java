package app.followup.ui.wizard.pages;

import app.followup.invite.Invitee;
import app.followup.invite.TopJobTitles;
import app.followup.ui.Document;
import app.followup.ui.common.BackgroundRunner;
import app.followup.ui.common.Dialogs;
import app.followup.ui.controls.RowList;
import app.followup.ui.wizard.PageViewModel;
import app.followup.model.Participant;
import app.followup.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/** Page 2: everyone from the employer who took part. */
public final class ParticipantsPageViewModel extends PageViewModel {
    private final RowList<Participant, ParticipantRow> participants =
            new RowList<>(ParticipantRow::new, list -> edit(r -> r.withParticipants(list)));

    /** The row Next was refused for, so that the page can put the caret where the problem is. */
    private final ObjectProperty<ParticipantRow> refusedFor = new SimpleObjectProperty<>();
    /** The first row added from an invitation, so that the page can put the caret in its first empty field. */
    private final ObjectProperty<ParticipantRow> typeOnIn = new SimpleObjectProperty<>();
    private final Dialogs dialogs;
    private final BackgroundRunner background;
    private final Supplier<LocalDate> today;

    public ParticipantsPageViewModel(Document document, Dialogs dialogs, BackgroundRunner background,
                                     Supplier<LocalDate> today) {
        super(document);
        this.dialogs = dialogs;
        this.background = background;
        this.today = today;
        onLoad(() -> participants.load(document.round().participants()));
    }

    public RowList<Participant, ParticipantRow> participants() {
        return participants;
    }

    /**
     * A new row; the first one is the sponsor and the addressee, later ones "other" until the user says what part
     * they play: a guessed gatekeeper changed the letter's wording without the user having said so.
     */
    public ParticipantRow add() {
        return participants.add(newRow());
    }

    private ParticipantRow newRow() {
        ParticipantRow row = new ParticipantRow();
        boolean first = participants.rows().isEmpty();
        row.role.set(first ? Role.SPONSOR : Role.OTHER);
        row.addressee.set(first);
        return row;
    }

    /**
     * "Add from invitation or email…": the people pasted or read from an invitation file become rows as "Add
     * participant" makes them, with the name, address, title and organisation the text gave (as corrected in the
     * dialog), and someone from an agency as the recruiter; no other role is guessed. A row without a name shows
     * the page's "name missing" at once, so it is not left empty by mistake.
     */
    public void addFromInvitation() {
        askInvitation().ifPresent(this::take);
    }

    /** The dialog, answered with Add; empty when it was cancelled or named no one to add. */
    public Optional<InvitationViewModel> askInvitation() {
        InvitationViewModel invitation = new InvitationViewModel(document.notes().candidate().email(),
                document.notes().employer().name(), participants.rows().stream().map(r -> r.email.get()).toList(), document.round().date(),
                today.get(), dialogs, background, ZoneId.systemDefault());
        return dialogs.askInvitation(invitation) && invitation.givesAnything() ? Optional.of(invitation)
                : Optional.empty();
    }

    /** The people of an answered dialog become rows, and the round takes the meeting's day if the user chose it. */
    public void take(InvitationViewModel invitation) {
        invitation.dayChosen().ifPresent(day -> edit(r -> r.withDate(day)));
        ParticipantRow first = null;
        List<ParticipantRow> topJobs = new ArrayList<>();
        for (Invitee invitee : invitation.added()) {
            ParticipantRow row = newRow();
            row.name.set(invitee.name());
            row.email.set(invitee.address());
            row.title.set(invitee.title());
            row.organisation.set(invitee.organisation());
            if (invitee.recruiter()) {
                // the recruiter is in copy: the letter is to the employer's people
                row.role.set(Role.RECRUITER);
                row.addressee.set(false);
            }
            row.nameDone.set(true);
            participants.add(row);
            first = first == null ? row : first;
            if (!invitee.recruiter() && TopJobTitles.isTopJob(invitee.title())) {
                topJobs.add(row);
            }
        }
        // the one who runs the company is taken for the final decision maker, and written to, unless the table names
        // one already: the user corrects a guess in one click, a letter gone to the sponsor alone not at all
        if (topJobs.size() == 1 && participants.rows().stream().noneMatch(r -> r.role.get() == Role.DECISION_MAKER)) {
            topJobs.get(0).role.set(Role.DECISION_MAKER);
            topJobs.get(0).addressee.set(true);
        }
        typeOnIn.set(first);
    }

    public ReadOnlyObjectProperty<ParticipantRow> typeOnInProperty() {
        return typeOnIn;
    }

    @Override
    public String key() {
        return "step.participants";
    }

    @Override
    public ObservableBooleanValue filled() {
        return Bindings.createBooleanBinding(() -> participants.rows().stream().anyMatch(r -> r.nameOk.get()),
                participants.rows());
    }

    /** Never: an address still being typed is not held against the user; Next says what is wrong instead. */
    @Override
    public ObservableBooleanValue nextDisabled() {
        return new ReadOnlyBooleanWrapper(false);
    }

    /** The user tries to move on: a missing name or a broken address is pointed out even in a field not yet left. */
    @Override
    public void showProblems() {
        for (ParticipantRow row : participants.rows()) {
            row.nameDone.set(true);
            row.emailDone.set(!row.email.get().isBlank());
        }
        refusedFor.set(null);
        refusedFor.set(participants.rows().stream().filter(r -> r.nameProblem.get() || r.emailProblem.get())
                .findFirst().orElse(null));
    }

    public ReadOnlyObjectProperty<ParticipantRow> refusedForProperty() {
        return refusedFor;
    }

    /** Every participant has a name, and every email given is a real address. */
    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> participants.rows().stream()
                .allMatch(r -> r.nameOk.get() && r.emailOk.get()), participants.rows());
    }
}
