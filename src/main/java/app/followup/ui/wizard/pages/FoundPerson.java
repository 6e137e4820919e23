package app.followup.ui.wizard.pages;

import app.followup.invite.Invitee;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One person the invitation dialog will add, with what was read about them as fields the user can correct. A field
 * the user changed keeps their value when the text is read again; the others follow the text.
 */
public final class FoundPerson {
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty organisation = new SimpleStringProperty("");
    public final BooleanProperty recruiter = new SimpleBooleanProperty();
    private Invitee read;

    FoundPerson(Invitee invitee) {
        take(invitee);
    }

    /** The text was read again: fields still as last read take the new reading. */
    void take(Invitee invitee) {
        if (read == null || title.get().equals(read.title())) {
            title.set(invitee.title());
        }
        if (read == null || organisation.get().equals(read.organisation())) {
            organisation.set(invitee.organisation());
        }
        if (read == null || recruiter.get() == read.recruiter()) {
            recruiter.set(invitee.recruiter());
        }
        read = invitee;
    }

    public String name() {
        return read.name();
    }

    public String address() {
        return read.address();
    }

    /** As it will be added: the name and address read, the rest as the dialog shows it now. */
    public Invitee asAdded() {
        return read.withDetails(title.get().strip(), organisation.get().strip(), recruiter.get());
    }
}
