package app.followup.ui;

import app.followup.ui.common.RecordingPlatform;
import java.net.URI;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.followup.ui.common.Dialogs;
import app.followup.ui.common.I18n;
import app.followup.ui.common.UserStore;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.TermsPageViewModel;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import app.followup.ui.wizard.AdviceViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import app.followup.Samples;
import app.followup.advice.Field;
import app.followup.model.Candidate;
import app.followup.model.Extras;
import app.followup.model.Language;
import app.followup.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's commands, without the toolkit: dialogs answered by the test, background work done at once. */
public class MainViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir
    Path folder;
    final FakeDialogs dialogs = new FakeDialogs();
    final UserStore store = new UserStore.InMemory();
    final MainViewModel main = TestWindow.norwegian().store(store).dialogs(dialogs).today(TODAY).build();

    static final Candidate KARI = new Candidate("Kari Nordmann", "kari@example.no", null, List.of("0155 Oslo"),
            Extras.NONE);

    @Test
    void aNewApplicationAsksForTheCandidateOnceAndRemembersIt() {
        dialogs.candidate = KARI;
        main.newApplication();
        assertThat(main.document().notes().candidate()).isEqualTo(KARI);
        assertThat(main.document().round().date()).isEqualTo(TODAY);
        assertThat(main.document().notes().language()).isEqualTo(Language.NB);
        assertThat(store.candidate()).contains(KARI);

        dialogs.asked.clear();
        main.newApplication();
        assertThat(dialogs.asked).doesNotContain("candidate");
        assertThat(main.document().notes().candidate()).isEqualTo(KARI);
    }

    @Test
    void everyPartOfTheNotesAdviceCanPointToHasAPageOfItsOwn() {
        main.open(Samples.NORDLYS);
        var pages = Arrays.stream(Field.values())
                .map(field -> main.wizard().indexOf(AdviceViewModel.pageOf(field))).toList();
        assertThat(pages).doesNotHaveDuplicates().hasSize(main.wizard().pages().size());
        assertThat(main.wizard().pages().get(main.wizard().indexOf(AdviceViewModel.pageOf(Field.TERMS))))
                .isInstanceOf(TermsPageViewModel.class);
    }

    @Test
    void openingASampleFillsThePagesAndTheLetter() {
        main.open(Samples.NORDLYS);
        assertThat(main.wizard().page(InterviewPageViewModel.class).employer.get()).isEqualTo("Nordlys Software AS");
        assertThat(main.wizard().page(ChallengePageViewModel.class).causes.get())
                .isEqualTo("Ingen eier partnerne etter omorganiseringen\nLite oppfølging av de største partnerne");
        assertThat(main.wizard().page(LetterPageViewModel.class).body.get()).startsWith("Hei Ola,");
        assertThat(main.document().dirtyProperty().get()).isFalse();
        assertThat(main.recentFiles()).containsExactly(Samples.NORDLYS);
        assertThat(main.document().title(main.i18n()).get()).isEqualTo("FollowUp - nordlys-key-account-manager.followup.json");
    }

    @Test
    void aBrokenFileIsReportedAndTheOpenApplicationStays() {
        main.open(Samples.NORDLYS);
        main.open(Path.of("pom.xml"));
        assertThat(dialogs.errors).singleElement().asString().startsWith("pom.xml kunne ikke åpnes: broken JSON at line 1");
        assertThat(main.document().fileProperty().get()).isEqualTo(Samples.NORDLYS);
    }

    @Test
    void saveWritesTheFileAndClearsTheStar() throws Exception {
        Path file = folder.resolve("nordlys.followup.json");
        Files.copy(Samples.NORDLYS, file);
        main.open(file);
        main.wizard().page(ChallengePageViewModel.class).challenge.set("Nye partnere kommer ikke inn.");
        assertThat(main.document().title(main.i18n()).get()).endsWith("*");
        main.save();
        assertThat(main.document().dirtyProperty().get()).isFalse();
        assertThat(Samples.load(file).rounds().get(0).challenge()).isEqualTo("Nye partnere kommer ikke inn.");
        assertThat(folder.resolve("nordlys.followup.json.bak")).exists();
    }

    @Test
    void aNewApplicationIsSavedWhereTheUserChoosesWithASuggestedName() {
        dialogs.candidate = KARI;
        main.newApplication();
        main.wizard().page(InterviewPageViewModel.class).employer.set("Nordlys Software AS");
        main.wizard().page(InterviewPageViewModel.class).position.set("Key Account Manager");
        Path chosen = folder.resolve("ny.followup.json");
        dialogs.toSave = chosen;
        main.save();
        assertThat(dialogs.asked).contains("save:nordlys-software-as-key-account-manager.followup.json");
        assertThat(Samples.load(chosen).employer().name()).isEqualTo("Nordlys Software AS");
    }

    @Test
    void unsavedWorkIsNeverLostSilently() throws Exception {
        Path file = folder.resolve("a.followup.json");
        Files.copy(Samples.NORDLYS, file);
        main.open(file);
        main.wizard().page(VisionPageViewModel.class).vision.set("Endret visjon");

        dialogs.unsavedAnswer = Dialogs.Unsaved.CANCEL;
        main.open(Samples.HARBOUR);
        assertThat(main.document().fileProperty().get()).isEqualTo(file);
        assertThat(main.wizard().page(VisionPageViewModel.class).vision.get()).isEqualTo("Endret visjon");

        dialogs.unsavedAnswer = Dialogs.Unsaved.SAVE;
        main.open(Samples.HARBOUR);
        assertThat(Samples.load(file).rounds().get(0).hiringVision()).isEqualTo("Endret visjon");
        assertThat(main.document().fileProperty().get()).isEqualTo(Samples.HARBOUR);

        main.wizard().page(VisionPageViewModel.class).vision.set("Kastes");
        dialogs.unsavedAnswer = Dialogs.Unsaved.DISCARD;
        boolean[] left = {false};
        main.whenMayLeave(() -> left[0] = true);
        assertThat(left[0]).isTrue();
        assertThat(dialogs.asked).filteredOn(a -> a.startsWith("unsaved:")).hasSize(3);
    }

    /** Testers were asked to "save the changes to Untitled" when quitting, while the window knew the employer. */
    @Test
    void quittingUnsavedNotesNamesTheApplicationNotUntitled() {
        dialogs.candidate = KARI;
        main.newApplication();
        main.document().update(n -> n.withPosition("Salgssjef"));
        main.whenMayLeave(() -> { });
        main.document().update(n -> n.withEmployer(n.employer().withName("Fjordkraft Solutions AS")));
        main.whenMayLeave(() -> { });
        main.i18n().localeProperty().set(I18n.ENGLISH);
        main.whenMayLeave(() -> { });
        assertThat(dialogs.asked).filteredOn(a -> a.startsWith("unsaved:")).containsExactly("unsaved:søknaden",
                "unsaved:søknaden til Fjordkraft Solutions", "unsaved:your application to Fjordkraft Solutions");
    }

    @Test
    void aFileWhoseNameTheSystemCannotReadIsSaidNotLogged() {
        dialogs.unusable = folder + "/s\uFFFDknad.followup.json";
        main.open();
        String said = "Denne maskinen kan ikke åpne «s?knad.followup.json»: navnet har bokstaver systemet ikke kan"
                + " lese. Gi filen et navn med bare bokstavene a–z, tall og bindestreker, og åpne den på nytt.";
        assertThat(dialogs.errors).containsExactly(said);
        assertThat(main.statusProperty().get()).isEqualTo(said);
        assertThat(main.document().isOpen()).isFalse();
    }

    @Test
    void aNewRoundStartsFromTheLastOneAndIsShown() {
        main.open(Samples.NORDLYS);
        dialogs.newRound = new Dialogs.NewRound(LocalDate.of(2026, 12, 3), Stage.DECISION_MAKER);
        main.newRound();
        assertThat(dialogs.asked).contains("round:2026-11-27:sponsor");
        assertThat(main.document().notes().rounds()).hasSize(2);
        assertThat(main.document().roundIndex()).isEqualTo(1);
        assertThat(main.wizard().page(InterviewPageViewModel.class).stage.get()).isEqualTo(Stage.DECISION_MAKER);
        assertThat(main.wizard().page(ChallengePageViewModel.class).challenge.get())
                .isEqualTo("Partnerkanalen vokser ikke i takt med markedet.");
        assertThat(main.wizard().page(PrivatePageViewModel.class).roundNotes.get()).isEmpty();
        assertThat(main.document().dirtyProperty().get()).isTrue();

        main.document().showRound(0);
        assertThat(main.wizard().page(PrivatePageViewModel.class).roundNotes.get())
                .isEqualTo("Ola virket presset på budsjett.");
    }

    @Test
    void editingTheCandidateUpdatesTheOpenApplication() {
        main.open(Samples.NORDLYS);
        dialogs.candidate = KARI;
        main.editCandidate();
        assertThat(store.candidate()).contains(KARI);
        assertThat(main.document().notes().candidate().email()).isEqualTo("kari@example.no");
    }

    @Test
    void aboutNamesTheBuild() {
        main.about();
        assertThat(dialogs.asked).singleElement().asString().startsWith("about:FollowUp ");
    }

    @Test
    void aboutLinksToTheUserGuideThatCameWithTheProgramWithEveryPicture() throws Exception {
        RecordingPlatform platform = RecordingPlatform.opensEverything();
        MainViewModel english = TestWindow.english().dialogs(dialogs).opener(platform.opener()).build();
        english.about();
        dialogs.openGuide.run();
        assertThat(platform.opened).hasSize(1);
        Path page = Path.of(URI.create(platform.opened.get(0)));
        assertThat(page).isRegularFile().hasFileName("user-guide.html");
        String html = Files.readString(page);
        assertThat(html).contains("<h1>FollowUp user guide</h1>").contains("href=\"advice.html\"");
        assertThat(page.resolveSibling("advice.html")).isRegularFile();
        Matcher pictures = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int shown = 0;
        while (pictures.find()) {
            assertThat(page.resolveSibling(pictures.group(1))).as("beside the page").isRegularFile();
            shown++;
        }
        assertThat(shown).isGreaterThan(3);
        assertThat(english.statusProperty().get()).isEqualTo("The user guide is open in your browser.");
    }

    @Test
    void whenNothingOpensTheGuideTheStatusLineSaysWhereItIs() {
        MainViewModel english = TestWindow.english().dialogs(dialogs)
                .opener(RecordingPlatform.opensNothing().opener()).build();
        english.about();
        dialogs.openGuide.run();
        assertThat(english.statusProperty().get()).startsWith("Nothing could open the user guide. It is here: ")
                .endsWith("user-guide.html");
    }

    @Test
    void theStatusLineSpeaksTheNewLanguageAfterASwitch() {
        main.i18n().localeProperty().set(I18n.ENGLISH);
        assertThat(main.statusProperty().get()).isEqualTo("The window is now in English.");
        main.i18n().localeProperty().set(I18n.NORWEGIAN);
        assertThat(main.statusProperty().get()).isEqualTo("Vinduet er nå på norsk.");
    }
}
