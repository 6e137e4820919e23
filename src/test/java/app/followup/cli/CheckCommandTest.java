package app.followup.cli;

import static app.followup.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as the contract describes it: the language of its messages, its exit status. */
class CheckCommandTest {
    @TempDir
    Path folder;

    @Test
    void messagesAreInTheLettersLanguageWhateverTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nb-NO"));
            assertThat(run("check", Samples.HARBOUR.toString(), "--today", "2026-11-25").out())
                    .isEqualTo("INFO letter-due-today: Send the letter today: the method says the same day, at the "
                            + "latest by 26 November.\n");
            Locale.setDefault(Locale.UK);
            assertThat(run("check", Samples.NORDLYS.toString(), "--today", "2026-11-26").out())
                    .startsWith("INFO letter-due-today: Send brevet i dag");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void langChoosesTheMessagesLanguage() {
        assertThat(run("check", Samples.NORDLYS.toString(), "--today", "2026-11-26", "--lang", "en").out())
                .startsWith("INFO letter-due-today: Send the letter today");
        Run norwegian = run("check", Samples.HARBOUR.toString(), "--today", "2026-12-02", "--lang", "nb");
        assertThat(norwegian.out()).contains("WARN letter-overdue: Brevet er forsinket")
                .contains("WARN next-step-in-past: Neste steg «I will call you to book the panel»");
        Run wrong = run("check", Samples.NORDLYS.toString(), "--lang", "de");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err().strip()).doesNotContain("\n").contains("nb or en").contains("de");
    }

    @Test
    void exitOneOnlyWhenALineIsAnError() throws Exception {
        Run late = run("check", Samples.NORDLYS.toString(), "--today", "2026-12-02");
        assertThat(late.out()).contains("WARN next-step-in-past: ").contains("WARN letter-overdue: ")
                .doesNotContain("ERROR");
        assertThat(late.status()).as("warnings only").isZero();
        Path unsigned = folder.resolve("unsigned.followup.json");
        Files.writeString(unsigned, Files.readString(Samples.NORDLYS).replace("\"Kari Nordmann\"", "\"\""));
        Run error = run("check", unsigned.toString(), "--today", "2026-11-26");
        assertThat(error.out()).startsWith("ERROR no-signature: ");
        assertThat(error.status()).isEqualTo(1);
    }

    @Test
    void theSamplesRaiseNoFalseAlarm() {
        for (String[] sample : new String[][] {{Samples.NORDLYS.toString(), "2026-11-26"},
            {Samples.HARBOUR.toString(), "2026-11-25"}, {Samples.VESTLAND.toString(), "2026-11-26"}}) {
            Run run = run("check", sample[0], "--today", sample[1]);
            assertThat(run.out()).as(sample[0]).matches("INFO letter-due-today: [^\n]+\n");
            assertThat(run.status()).isZero();
        }
    }
}
