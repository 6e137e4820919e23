package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Participant;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the generated letter still names an addressee in the third person: a decision step or milestone that
 * names the one the letter speaks to in a place whose Norwegian form is not certain ("Styret godkjenner David sitt
 * forslag"), so {@link AddresseesToReader} kept the name. {@code check} names these so the user can reword them.
 */
public final class AddresseeMentions {
    /** @param name the addressee as the notes name them; @param text the user's words that still name them */
    public record Mention(String name, String text) {
    }

    private AddresseeMentions() {
    }

    public static List<Mention> leftByName(Notes notes, Round round) {
        Language language = notes.languageOrDefault();
        Addressing addressing = Addressing.of(round.participants());
        Audience audience = new Audience(addressing, round.participants(), language);
        NoteText text = new NoteText(language, TemplateModel.properNames(notes, round));
        AddresseesToReader readers = new AddresseesToReader(audience, language, text);
        Decider decider = round.stageOrDefault() == Stage.DECISION_MAKER ? Decider.of(round, audience, language)
                : null;
        Participant spokenTo = audience.isPlural() ? decider == null || !decider.you() ? null
                : audience.addressees().stream().filter(p -> Objects.equals(audience.nameOf(p), decider.vocative()))
                        .findFirst().orElse(null) : audience.addressees().stream().findFirst().orElse(null);
        List<Mention> mentions = new ArrayList<>();
        if (spokenTo == null) {
            return mentions;
        }
        List<String> texts = new ArrayList<>(round.decisionProcessOrEmpty().steps());
        if (round.stageOrDefault() == Stage.DECISION_MAKER && !audience.isPlural()) {
            round.milestones().stream().map(Step::what).forEach(texts::add);
        }
        String given = GivenNames.of(spokenTo, language);
        Pattern named = given == null ? null
                : NameMention.of(given);
        for (String noted : texts) {
            String clean = Texts.clause(noted);
            if (clean != null && named != null && named.matcher(readers.apply(clean, spokenTo)).find()
                    && mentions.stream().noneMatch(m -> m.text().equals(clean))) {
                mentions.add(new Mention(Texts.inline(spokenTo.name()), clean));
            }
        }
        return mentions;
    }
}
