package app.followup.letter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A name as a whole word in the letter's text: "Ola" in "Ola og Kari", not in "Olav". The patterns are kept, since
 * the letter is composed again at every keystroke and asks for the same few names each time; the oldest are
 * dropped, so a session of typing names does not collect them all.
 */
final class NameMention {
    private static final int KEPT = 256;
    private static final Map<String, Pattern> COMPILED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > KEPT;
        }
    };

    private NameMention() {
    }

    /** The name standing alone: no letter or digit either side. */
    static Pattern of(String name) {
        return compiled("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /** The name between word boundaries ({@code \b}): "Hansen" in "møte med hansen", not in "hansens". */
    static Pattern asWord(String name) {
        return compiled("\\b" + Pattern.quote(name) + "\\b");
    }

    /** The name standing alone and not possessive: "Ola", not "Ola's" or "Ola’s". */
    static Pattern notPossessive(String name) {
        return compiled("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}'’])");
    }

    /** A pattern built around a quoted name, kept among the last ones used like the others here. */
    static Pattern compiled(String regex) {
        synchronized (COMPILED) {
            return COMPILED.computeIfAbsent(regex, Pattern::compile);
        }
    }
}
