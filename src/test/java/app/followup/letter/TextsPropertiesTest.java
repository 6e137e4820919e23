package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A note is cleaned the same way whether it takes the quick path for text that is already one clean line or the
 * full rules: a field with a stray tab, a soft hyphen, a decomposed "å" or a double space reads the same in the
 * letter as before the quick path existed.
 */
class TextsPropertiesTest {
    private static final String PLAIN = "ab æøå.,–’«»";
    /** The characters each rule is about, and ones that look like them but are not. */
    private static final String TRICKY = "\t\n\r\u000B\f\u001C\u007F\u0085\u009F\u00A0\u00AD"
            + "\u0300\u030A\u0345\u1680\u180E\u2000\u2007\u200A\u200B\u200D\u2028\u2029\u202F\u205F\u2060"
            + "\u3000\uFEFF\uFFFC\uD834\uDD73\uD83D\uDE00";

    @Provide
    Arbitrary<String> notes() {
        // mostly plain, so that both the quick path and the full rules are taken often
        Arbitrary<Character> character = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PLAIN.toCharArray())),
                Tuple.of(1, Arbitraries.of(TRICKY.toCharArray())));
        return character.list().ofMaxSize(12).map(chars -> chars.stream().map(String::valueOf)
                .collect(Collectors.joining()));
    }

    @Property(tries = 3000)
    void theQuickPathCleansAsTheFullRulesDo(@ForAll("notes") String note) {
        assertThat(Texts.inline(note)).isEqualTo(FullRules.inline(note));
    }

    @Example
    void cleanTextIsKeptAndUncleanTextIsCleaned() {
        assertThat(Texts.inline("Trond Vikre – salgssjef")).isEqualTo("Trond Vikre – salgssjef");
        assertThat(Texts.inline("  Trond\t Vikre ")).isEqualTo("Trond Vikre");
        assertThat(Texts.inline("a\u030Ar")).isEqualTo("år");
        assertThat(Texts.inline("\u00AD \u200B")).isNull();
        assertThat(Texts.inline("")).isNull();
    }

    /** The cleaning rules as regular expressions, as {@link Texts#inline} applied them to every text before. */
    private static final class FullRules {
        private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]");
        private static final Pattern EDGE_FORMAT = Pattern.compile("^[\\p{Cf}\\s]+|[\\p{Cf}\\s]+$");
        private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

        static String inline(String text) {
            String clean = Normalizer.normalize(text, Normalizer.Form.NFC);
            clean = CONTROL.matcher(clean).replaceAll(" ");
            clean = EDGE_FORMAT.matcher(SPACES.matcher(clean).replaceAll(" ")).replaceAll("").strip();
            return clean.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT || c == ' ')
                    ? null : clean;
        }
    }
}
