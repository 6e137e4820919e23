package app.followup.ui.wizard.pages;

import java.util.List;

/**
 * What "Fill in from the invitation…" did on page 1, for the page to say so: the fields it filled and those it
 * left as the user had typed them (each a bundle key of its short name), and how many people page 2 gained.
 */
public record FilledFromInvitation(List<String> filled, List<String> kept, int peopleAdded) {
    public FilledFromInvitation {
        filled = List.copyOf(filled);
        kept = List.copyOf(kept);
    }
}
