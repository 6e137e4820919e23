package app.followup.ui.wizard.pages;

import app.followup.ui.controls.Forms;
import app.followup.ui.controls.WrappingField;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Page 3: the challenge, its causes and consequences. Layout only: every value is bound to the view-model. */
public final class ChallengePageView {
    private final Forms forms;
    private final ChallengePageViewModel vm;
    private final Runnable pasteNotes;

    /** @param pasteNotes "Paste your notes…", at the top: the notes' first part is the challenge */
    public ChallengePageView(Forms forms, ChallengePageViewModel vm, Runnable pasteNotes) {
        this.forms = forms;
        this.vm = vm;
        this.pasteNotes = pasteNotes;
    }

    public Node page() {
        Node paste = new VBox(4, PasteNotesButton.of(forms, "challenge-paste-notes", pasteNotes, vm.notesStillToWrite()),
                forms.hint("paste.button.hint"));
        return forms.page("step.challenge", paste,
                forms.field("challenge.challenge", WrappingField.growing(forms.area("challenge", vm.challenge, 3), 3)),
                forms.field("challenge.causes", WrappingField.growing(forms.area("causes", vm.causes, 4), 4)),
                forms.field("challenge.consequences",
                        WrappingField.growing(forms.area("consequences", vm.consequences, 4), 4)));
    }
}
