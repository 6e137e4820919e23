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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the generated letter still names an addressee in the third person: a decision step or milestone that
 * names the one the letter speaks to in a place whose Norwegian form is not certain ("Styret godkjenner David sitt
 * forslag"), or a note about the company (challenge, cause, consequence) that names an addressee where the letter
 * cannot say "you"/"du"/"dere" for certain ("så Hanne ikke kan lage prognoser" to Hanne and Per Olav), so
 * {@link AddresseesToReader} kept the name. {@code check} names these so the user can reword them.
 */
public final class AddresseeMentions {
    /**
     * @param name the addressee as the notes name them; @param text the user's words that still name them;
     * @param inNotes true when the words are the challenge, a cause or a consequence, false for a step or milestone
     */
    public record Mention(String name, String text, boolean inNotes) {
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
        // read as the composer reads them: "Steve doing fleet himself" is "Steve is doing fleet himself" by then
        inNotes(round, language == Language.EN ? HurriedEnglish.inRound(round) : round, audience, readers, language,
                mentions);
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
                mentions.add(new Mention(Texts.inline(spokenTo.name()), clean, false));
            }
        }
        return mentions;
    }

    /** The notes about the company as the letter says them, each addressee they still name outside a quotation. */
    private static void inNotes(Round round, Round read, Audience audience, AddresseesToReader readers,
            Language language, List<Mention> mentions) {
        EmployerWordsToReader theirs = new EmployerWordsToReader(language);
        QuoteFromReader quoted = new QuoteFromReader(audience, language);
        List<String> typed = new ArrayList<>();
        List<String> said = new ArrayList<>();
        typed.add(round.challenge());
        said.add(quoted.said(theirs.apply(Texts.clause(read.challenge()))));
        for (int i = 0; i < round.causes().size(); i++) {
            typed.add(round.causes().get(i));
            said.add(quoted.said(theirs.apply(Texts.clause(read.causes().get(i)))));
        }
        for (int i = 0; i < round.consequences().size(); i++) {
            typed.add(round.consequences().get(i));
            said.add(quoted.asSaid(theirs.apply(Texts.clause(read.consequences().get(i)))));
        }
        for (int i = 0; i < typed.size(); i++) {
            String clean = Texts.clause(typed.get(i));
            String letter = said.get(i) == null ? null : readers.applyInNote(said.get(i));
            if (clean == null || letter == null) {
                continue;
            }
            for (Participant addressee : audience.addressees()) {
                String given = GivenNames.of(addressee, language);
                if (given != null && namedOutsideQuotes(letter, given)
                        && mentions.stream().noneMatch(m -> m.text().equals(clean))) {
                    mentions.add(new Mention(Texts.inline(addressee.name()), clean, true));
                }
            }
        }
    }

    static boolean namedOutsideQuotes(String text, String name) {
        Matcher matcher = NameMention.of(name).matcher(text);
        while (matcher.find()) {
            if (!Quoted.contains(text, matcher.start())) {
                return true;
            }
        }
        return false;
    }
}
