package app.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every text the code asks for exists. */
public class BundlesTest {
    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/app/followup/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void norwegianAndEnglishHoldTheSameKeys() throws Exception {
        Set<Object> english = load("messages_en.properties").keySet();
        assertThat(new TreeSet<>(load("messages_nb.properties").keySet())).isEqualTo(new TreeSet<>(english));
        assertThat(new TreeSet<>(load("messages.properties").keySet())).isEqualTo(new TreeSet<>(english));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws Exception {
        Properties norwegian = load("messages_nb.properties");
        Pattern literal = Pattern.compile("\"((?:app|file|menu|about|start|candidate|step|nav|field|stage|language"
                + "|participants|role|row|challenge|vision|decision|evidence|next|plan|terms|private|letter|round"
                + "|newRound|unsaved|error|status|filter|preview|edit|advice|changed|recovery)\\.[^\"\\s]+|ok|cancel)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/followup/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.startsWith("app.followup.") && !key.endsWith(".css")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        for (String key : used) {
            boolean prefixOfDynamicKey = norwegian.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
            assertThat(norwegian.containsKey(key) || prefixOfDynamicKey).as(key).isTrue();
        }
        for (String dynamic : new String[] {"stage.sponsor", "stage.decision-maker", "role.decision-maker",
            "kind.references", "kind.case", "owner.me", "owner.employer", "language.nb", "language.en"}) {
            assertThat(norwegian).containsKey(dynamic);
        }
    }

    @Test
    void theMethodsNorwegianWordsAreUsed() throws Exception {
        String all = String.join(" ", load("messages_nb.properties").values().stream().map(Object::toString).toList())
                .toLowerCase(Locale.ROOT);
        for (String word : new String[] {"utfordring", "årsak", "konsekvens", "ansettelsesvisjon", "beslutningsprosess",
            "beslutningstager", "sponsor", "dørvokter", "bevis", "referanser", "attester", "fremdriftsplan",
            "milepæl", "neste steg", "kjerneoppgave", "lønnskrav"}) {
            assertThat(all).as(word).contains(word);
        }
    }

    /** Bokmål allows "fram" and "frem"; the letters say "frem mot en beslutning", so the window says it too. */
    @Test
    void norwegianTextSaysFremAsTheLettersDo() throws Exception {
        Pattern fram = Pattern.compile("(?iu)(?<![\\p{L}])fram(?![\\p{L}])");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/app/followup"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*_nb\\.properties|nb-.*\\.mustache"))
                    .toList()) {
                assertThat(fram.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
            }
        }
        assertThat(load("messages_nb.properties").getProperty("glossary.decisionMaker.text")).contains("frem mot");
    }
}
