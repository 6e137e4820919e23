package app.followup.pasted;

import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words pasted notes are read by (labels, the openings of a line, evidence words), from
 * {@code labels_<language>.properties}. Both languages are read whatever the letter's language: a salesperson may
 * write notes in English for a Norwegian letter, or the other way round.
 */
final class PastedWords {
    private static final PastedWords BOTH = new PastedWords();
    /** The label keys, in the order a label that fits two is given (none does today). */
    static final List<String> LABELS = List.of("challenge", "causes", "consequences", "vision", "target",
            "decisionMaker", "decisionSteps", "evidence", "promises");

    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();
    private final List<Properties> languages = new ArrayList<>();
    private final Map<EvidenceKind, Pattern> kindPatterns = new ConcurrentHashMap<>();

    private PastedWords() {
        for (Language language : Language.values()) {
            languages.add(load(language));
        }
    }

    static PastedWords both() {
        return BOTH;
    }

    /** The label key a typed label stands for ("Hvorfor" is "causes"), or null when it is no label. */
    String labelKey(String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT);
        for (String key : LABELS) {
            if (list("label." + key).contains(word)) {
                return key;
            }
        }
        return null;
    }

    /** Both languages' words under a key, longest first so that the longest opening wins. */
    List<String> list(String key) {
        return lists.computeIfAbsent(key, this::read);
    }

    /** The opening of the text that is one of the key's words, followed by a space or the end; null when none. */
    String openingOf(String key, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : list(key)) {
            if (lower.startsWith(word) && (lower.length() == word.length()
                    || !Character.isLetterOrDigit(lower.charAt(word.length())))) {
                return text.substring(0, word.length());
            }
        }
        return null;
    }

    /** Whether one of the key's words stands in the text as whole words. */
    /** A title shortened in hurried notes, written out ("salgsdir." → "salgsdirektør"); else as typed. */
    String spelledOut(String title) {
        for (String pair : list("title.spelled")) {
            String[] parts = pair.split(">", 2);
            if (parts.length == 2 && parts[0].strip().equalsIgnoreCase(title.strip())) {
                return parts[1].strip();
            }
        }
        return title;
    }

    boolean mentions(String key, String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d'-]+", " ") + " ";
        return list(key).stream().anyMatch(word -> lower.contains(" " + word + " "));
    }

    /**
     * The kind of evidence a detail names ("to referanser" is references); OTHER when it names none. A kind word
     * counts as a word of its own or as the end of a Norwegian compound joined by "s" or a hyphen
     * ("90-dagersplan", "salgstall"), not inside another word ("kontoplanene" is no plan, "latest" no test).
     */
    EvidenceKind kindOf(String detail) {
        for (EvidenceKind kind : List.of(EvidenceKind.REFERENCES, EvidenceKind.RESULTS, EvidenceKind.CERTIFICATES,
                EvidenceKind.TEST, EvidenceKind.CASE)) {
            if (kindPatterns.computeIfAbsent(kind, this::kindPattern).matcher(detail).find()) {
                return kind;
            }
        }
        return EvidenceKind.OTHER;
    }

    private Pattern kindPattern(EvidenceKind kind) {
        StringBuilder either = new StringBuilder();
        for (String word : list("kind." + kind.code())) {
            either.append(either.isEmpty() ? "" : "|").append(Pattern.quote(word));
        }
        return Pattern.compile("(?:(?<![\\p{L}\\d])|(?<=\\p{L}[s-]))(?:" + either + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private List<String> read(String key) {
        List<String> words = new ArrayList<>();
        for (Properties language : languages) {
            for (String word : language.getProperty(key, "").split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    private static Properties load(Language language) {
        String name = "labels_" + language.code() + ".properties";
        Properties words = new Properties();
        try (InputStream in = PastedWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                words.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
