package app.followup.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AdviceCodeTest {
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (ERROR|WARN|INFO) \\|");

    @Test
    void theCodesAndTheirLevelsAreThoseOfTheAdviceDocument() throws Exception {
        Matcher rows = TABLE_ROW.matcher(Files.readString(Path.of("docs/advice.md")));
        StringBuilder documented = new StringBuilder();
        while (rows.find()) {
            documented.append(rows.group(1)).append(' ').append(rows.group(2)).append('\n');
        }
        String coded = Arrays.stream(AdviceCode.values()).map(c -> c.key() + " " + c.level() + "\n")
                .reduce("", String::concat);
        assertThat(coded).isEqualTo(documented.toString());
    }
}
