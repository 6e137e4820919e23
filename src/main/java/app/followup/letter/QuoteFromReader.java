package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's own words, quoted in the notes under their name: in a letter to Gary, `Gary said "the board will ask
 * …"` is `you said "…"`, and a consequence typed as `Priya: "if we don't fix it …"` in a letter to Priya is `as you
 * said, "…"`, which reads on from the consequence before it. Only a letter to one addressee is turned, since "you"
 * would not say which of several spoke; and only English, the Norwegian letters have their own owner.
 */
final class QuoteFromReader {
    private static final String QUOTE = "[\"“”'‘]";
    /** The words a consequence in the reader's own words opens with: an aside that is set off by commas. */
    private static final String AS_SAID = "as you said, ";

    private final List<Pattern> saidBy = new ArrayList<>();

    QuoteFromReader(Audience audience, Language language) {
        List<Participant> addressees = audience.addressees();
        if (language != Language.EN || addressees.size() != 1) {
            return;
        }
        Participant reader = addressees.get(0);
        List<String> names = new ArrayList<>();
        for (String name : new String[] {Texts.inline(reader.name()), GivenNames.withoutTitle(reader.name()),
                GivenNames.of(reader, language)}) {
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            saidBy.add(Pattern.compile("^\\s*" + Pattern.quote(name) + "(?:\\s+(?:said|says)\\s*:?|\\s*:)\\s*(?="
                    + QUOTE + ")"));
        }
    }

    /** `Gary said "…"` → `you said "…"`; any other text as it is. */
    String said(String text) {
        return turned(text, "you said ");
    }

    /** `Priya: "…"` → `as you said, "…"`, a consequence in the reader's words; any other text as it is. */
    String asSaid(String text) {
        return turned(text, AS_SAID);
    }

    /** True when the text is a consequence in the reader's words, whose aside takes a comma before it after "and". */
    static boolean opensWithAside(String text) {
        return text.startsWith(AS_SAID);
    }

    private String turned(String text, String replacement) {
        if (text == null) {
            return null;
        }
        for (Pattern pattern : saidBy) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return replacement + text.substring(matcher.end());
            }
        }
        return text;
    }
}
