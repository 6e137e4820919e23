package app.followup.ui.wizard.pages;

import app.followup.ui.controls.EditableRow;
import app.followup.ui.wizard.PageViewModel;
import app.followup.mail.EmailAddresses;
import app.followup.model.Participant;
import app.followup.model.Role;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

public final class ParticipantRow implements EditableRow<Participant> {
    public final StringProperty name = new SimpleStringProperty("");
    /** How the letter greets them; empty: the given name(s) read off {@link #name}. */
    public final StringProperty greetingName = new SimpleStringProperty("");
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty organisation = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.SPONSOR);
    public final BooleanProperty addressee = new SimpleBooleanProperty();
    /** Empty, or an address a mail program will take: checked as the user types. */
    public final BooleanBinding emailOk = Bindings.createBooleanBinding(
            () -> email.get().isBlank() || EmailAddresses.isValid(email.get()), email);
    public final BooleanBinding nameOk = Bindings.createBooleanBinding(() -> !name.get().isBlank(), name);
    /**
     * Whether the user is done with the address and the name: a complaint waits until they leave the field, so
     * nobody is told off for an address they are still typing. Values read from the file count as done.
     */
    public final BooleanProperty emailDone = new SimpleBooleanProperty();
    public final BooleanProperty nameDone = new SimpleBooleanProperty();
    public final BooleanBinding emailProblem = emailDone.and(emailOk.not());
    public final BooleanBinding nameProblem = nameDone.and(nameOk.not());
    /** What the row was loaded from: the fields the table does not show go back to the file unchanged. */
    private final Participant original;

    public ParticipantRow() {
        this(Participant.of(null, null, null, Role.SPONSOR), false);
    }

    ParticipantRow(Participant participant) {
        this(participant, true);
    }

    private ParticipantRow(Participant participant, boolean fromFile) {
        name.set(PageViewModel.orEmpty(participant.name()));
        greetingName.set(PageViewModel.orEmpty(participant.greetingName()));
        title.set(PageViewModel.orEmpty(participant.title()));
        organisation.set(PageViewModel.orEmpty(participant.organisation()));
        email.set(PageViewModel.orEmpty(participant.email()));
        role.set(participant.role());
        addressee.set(participant.isMarkedAddressee());
        original = participant;
        emailDone.set(!email.get().isBlank());
        nameDone.set(fromFile);
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {name, greetingName, title, organisation, email, role, addressee};
    }

    @Override
    public Participant toRecord() {
        // an unticked box stays "not said" in the file unless it was said before
        Boolean marked = addressee.get() ? Boolean.TRUE : original.addressee() == null ? null : Boolean.FALSE;
        return original.withName(PageViewModel.emptyToNull(name.get()))
                .withGreetingName(PageViewModel.emptyToNull(greetingName.get()))
                .withTitle(PageViewModel.emptyToNull(title.get()))
                .withOrganisation(PageViewModel.emptyToNull(organisation.get()))
                .withEmail(PageViewModel.emptyToNull(email.get()))
                .withRole(role.get())
                .withAddressee(marked);
    }
}
