package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which way a link is opened on each platform, and that a failure is told, with no real browser started. */
class LinkOpenerTest {
    private static final String MAILTO = "mailto:ola@nordlys.example?subject=Veien%20videre";

    /** A computer as the test describes it, recording what it was asked to run. */
    private static final class FakePlatform implements LinkOpener.Platform {
        final String os;
        final boolean desktop;
        final Integer exitStatus;
        final List<List<String>> ran = new ArrayList<>();
        final List<URI> viaDesktop = new ArrayList<>();

        /** @param exitStatus what the opener answers; null: there is no such program */
        FakePlatform(String os, boolean desktop, Integer exitStatus) {
            this.os = os;
            this.desktop = desktop;
            this.exitStatus = exitStatus;
        }

        @Override
        public String osName() {
            return os;
        }

        @Override
        public boolean desktopOpens(URI link) {
            if (desktop) {
                viaDesktop.add(link);
            }
            return desktop;
        }

        @Override
        public int run(List<String> command) throws IOException {
            ran.add(command);
            if (exitStatus == null) {
                throw new IOException("Cannot run program \"" + command.get(0) + "\": No such file or directory");
            }
            return exitStatus;
        }
    }

    @Test
    void whereJavasDesktopCanMailItDoesAndNoProgramIsRun() {
        FakePlatform platform = new FakePlatform("Linux", true, 0);
        assertThat(new LinkOpener(platform).open(MAILTO).opened()).isTrue();
        assertThat(platform.viaDesktop).containsExactly(URI.create(MAILTO));
        assertThat(platform.ran).isEmpty();
    }

    @Test
    void whereItCannotThePlatformsOwnOpenerIsUsed() {
        FakePlatform linux = new FakePlatform("Linux", false, 0);
        assertThat(new LinkOpener(linux).open(MAILTO).opened()).isTrue();
        assertThat(linux.ran).containsExactly(List.of("xdg-open", MAILTO));

        FakePlatform mac = new FakePlatform("Mac OS X", false, 0);
        new LinkOpener(mac).open(MAILTO);
        assertThat(mac.ran).containsExactly(List.of("open", MAILTO));

        FakePlatform windows = new FakePlatform("Windows 11", false, 0);
        new LinkOpener(windows).open(MAILTO);
        assertThat(windows.ran).containsExactly(List.of("rundll32", "url.dll,FileProtocolHandler", MAILTO));
    }

    @Test
    void anOpenerThatFindsNoProgramIsToldAsSuch() {
        LinkOpener.Result result = new LinkOpener(new FakePlatform("Linux", false, 3)).open(MAILTO);
        assertThat(result.opened()).isFalse();
        assertThat(result.outcome()).isEqualTo(LinkOpener.Outcome.NOTHING_OPENS_IT);
        assertThat(result.opener()).isEqualTo("xdg-open");
        assertThat(result.exitStatus()).isEqualTo(3);
    }

    @Test
    void aComputerWithoutAnOpenerIsToldAsSuch() {
        LinkOpener.Result result = new LinkOpener(new FakePlatform("Linux", false, null)).open(MAILTO);
        assertThat(result.outcome()).isEqualTo(LinkOpener.Outcome.NO_OPENER);
        assertThat(result.opener()).isEqualTo("xdg-open");
    }
}
