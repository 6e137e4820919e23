package app.followup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowSettingsTest {
    @TempDir
    Path home;

    @Test
    void languagePlaceAndFolderAreThereAtTheNextStart() throws Exception {
        Path file = home.resolve("config/followup/window.properties");
        Path folder = Files.createDirectories(home.resolve("applications"));
        WindowSettings first = WindowSettings.load(file);
        first.language(I18n.ENGLISH);
        first.place(new WindowSettings.Place(40, 30, 1100, 720, false));
        first.lastFolder(folder);

        WindowSettings next = WindowSettings.load(file);
        assertThat(next.language()).contains(I18n.ENGLISH);
        assertThat(next.place()).contains(new WindowSettings.Place(40, 30, 1100, 720, false));
        assertThat(next.lastFolder()).contains(folder.toAbsolutePath());
    }

    @Test
    void aBrokenOrMissingFileMeansDefaults() throws Exception {
        Path file = home.resolve("window.properties");
        assertThat(WindowSettings.load(file).language()).isEmpty();
        Files.writeString(file, "language=\nwindow.width=wide\nwindow.height=700\nfolder.last=" + home.resolve("gone")
                + "\n\\u12");
        WindowSettings broken = WindowSettings.load(file);
        assertThat(broken.language()).isEmpty();
        assertThat(broken.place()).isEmpty();
        assertThat(broken.lastFolder()).isEmpty();
    }
}
