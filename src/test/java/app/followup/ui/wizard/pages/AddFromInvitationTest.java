package app.followup.ui.wizard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.followup.model.Candidate;
import app.followup.model.Language;
import app.followup.model.Role;
import app.followup.ui.Document;
import app.followup.ui.FakeDialogs;
import app.followup.ui.common.BackgroundRunner;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Add from invitation or email…" on the participants page, its dialog answered as a user would. */
class AddFromInvitationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String OWN = "sam.taylor@example.com";
    private final Document document = new Document();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ParticipantsPageViewModel page = new ParticipantsPageViewModel(document, dialogs,
            new BackgroundRunner.Immediate(), () -> TODAY);
    private final InterviewPageViewModel interview = new InterviewPageViewModel(document, page);

    AddFromInvitationTest() {
        document.startNew(new Candidate("Sam Taylor", OWN, null, List.of(), null), Language.EN, TODAY);
    }

    private InvitationViewModel answer(Consumer<InvitationViewModel> user, boolean add) {
        InvitationViewModel[] asked = new InvitationViewModel[1];
        dialogs.invitationAnswer = invitation -> {
            asked[0] = invitation;
            user.accept(invitation);
            return add;
        };
        page.addFromInvitation();
        return asked[0];
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(AddFromInvitationTest.class.getResource("/app/followup/invite/" + name).toURI());
    }

    @Test
    void pastedAddressesBecomeRowsAsAddParticipantMakesThem() {
        answer(i -> i.pasted.set("To: Helen Marsh <helen.marsh@northgate.co.uk>; \"Lee, David\" "
                + "<david.lee@northgate.co.uk>\nCc: anna@talentbridge.no, Sam Taylor <Sam.Taylor@example.com>"), true);
        var rows = page.participants().rows();
        assertThat(rows).extracting(r -> r.name.get()).containsExactly("Helen Marsh", "David Lee", "");
        assertThat(rows).extracting(r -> r.email.get()).containsExactly("helen.marsh@northgate.co.uk",
                "david.lee@northgate.co.uk", "anna@talentbridge.no");
        assertThat(rows).extracting(r -> r.role.get()).containsExactly(Role.SPONSOR, Role.OTHER, Role.OTHER);
        assertThat(rows).extracting(r -> r.addressee.get()).containsExactly(true, false, false);
        assertThat(rows).as("a bare address list gives no title").allSatisfy(r -> assertThat(r.title.get()).isEmpty());
        assertThat(rows).as("the employer's people need no organisation; another domain's is its name")
                .extracting(r -> r.organisation.get()).containsExactly("", "", "Talentbridge");
        assertThat(rows.get(2).nameProblem.get()).as("the missing name is pointed out at once").isTrue();
        assertThat(document.round().participants()).hasSize(3);
        assertThat(page.typeOnInProperty().get()).as("typing goes on in the first new row").isSameAs(rows.get(0));
    }

    @Test
    void thoseInTheTableAlreadyAreNotAddedTwiceAndTheDialogSaysSo() {
        ParticipantRow helen = page.add();
        helen.name.set("Helen Marsh");
        helen.email.set("Helen.Marsh@northgate.co.uk");
        InvitationViewModel asked = answer(i -> i.pasted.set("helen.marsh@northgate.co.uk, david.lee@northgate.co.uk"
                + ", sam.taylor@example.com"), true);
        assertThat(asked.noticesProperty().get()).extracting(InvitationViewModel.Notice::key)
                .containsExactly("invite.yourself", "invite.alreadyThere");
        assertThat(page.participants().rows()).extracting(r -> r.name.get()).containsExactly("Helen Marsh",
                "David Lee");
        assertThat(page.participants().rows().get(1).role.get()).isEqualTo(Role.OTHER);
    }

    /** A tester pasted the recruiter's email and then retyped every title and organisation, and chose roles. */
    @Test
    void thePastedEmailGivesTitlesTheAgencyAndTheRecruitersRole() throws Exception {
        document.update(n -> n.withEmployer(n.employer().withName("Brightwave Logistics")));
        String email = Files.readString(sample("invitation-email.txt"));
        answer(i -> i.pasted.set(email), true);
        var rows = page.participants().rows();
        assertThat(rows).extracting(r -> r.name.get(), r -> r.title.get(), r -> r.organisation.get(),
                r -> r.role.get(), r -> r.addressee.get()).containsExactly(
                tuple("Rachel O'Neill", "Head of Sales", "", Role.SPONSOR, true),
                tuple("James Whitaker", "Managing Director", "", Role.DECISION_MAKER, true),
                tuple("", "", "", Role.OTHER, false),
                tuple("Tom Fletcher", "Senior Consultant", "PeopleFirst Search", Role.RECRUITER, false));
    }

    @Test
    void whatTheUserCorrectsInTheDialogIsAddedAndSurvivesMoreText() throws Exception {
        String email = Files.readString(sample("invitasjon-epost.txt"));
        answer(i -> {
            i.pasted.set(email);
            FoundPerson hans = i.people().stream().filter(p -> p.name().equals("Hans Petter Lunde")).findFirst()
                    .orElseThrow();
            assertThat(hans.title.get()).isEqualTo("salgsdirektør");
            hans.title.set("Salgsdirektør Norden");
            FoundPerson marte = i.people().stream().filter(p -> p.name().equals("Marte Solberg")).findFirst()
                    .orElseThrow();
            marte.recruiter.set(false);
            i.pasted.set(email + "\nola.berg@fjordkraft-solutions.no");
        }, true);
        var rows = page.participants().rows();
        assertThat(rows).extracting(r -> r.name.get(), r -> r.title.get(), r -> r.role.get()).contains(
                tuple("Hans Petter Lunde", "Salgsdirektør Norden", Role.SPONSOR),
                tuple("Ingrid Aas", "administrerende direktør", Role.DECISION_MAKER),
                tuple("Marte Solberg", "seniorrådgiver", Role.OTHER),
                tuple("Ola Berg", "", Role.OTHER));
    }

    @Test
    void textWithoutAnAddressSaysSoAndAddsNoOne() {
        InvitationViewModel asked = answer(i -> i.pasted.set("Helen Marsh and David Lee"), true);
        assertThat(asked.added()).isEmpty();
        assertThat(asked.noticesProperty().get()).extracting(InvitationViewModel.Notice::key)
                .containsExactly("invite.noAddress");
        assertThat(page.participants().rows()).isEmpty();
    }

    @Test
    void cancelAddsNoOne() {
        answer(i -> i.pasted.set("helen.marsh@northgate.co.uk"), false);
        assertThat(page.participants().rows()).isEmpty();
        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void anInvitationFileFillsTheBoxAndOffersTheMeetingsDayForTheRound() throws Exception {
        dialogs.invitationToOpen = sample("google-invitation.ics");
        InvitationViewModel asked = answer(InvitationViewModel::openFile, true);
        assertThat(asked.pasted.get()).contains("Helen Marsh <helen.marsh@northgate.co.uk>", "anna@talentbridge.no");
        assertThat(asked.offersMeetingDay().get()).isTrue();
        assertThat(asked.useMeetingDay.get()).as("a new round on today's date, a meeting held yesterday").isTrue();
        assertThat(page.participants().rows()).extracting(r -> r.email.get()).containsExactly(
                "helen.marsh@northgate.co.uk", "david.lee@northgate.co.uk", "anna@talentbridge.no");
        assertThat(document.round().date()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(interview.date.get()).as("the interview page shows the new date").isEqualTo(
                LocalDate.of(2026, 11, 26));
    }

    @Test
    void aDayTheUserTypedIsOfferedButNotTaken() throws Exception {
        interview.date.set(LocalDate.of(2026, 11, 25));
        dialogs.invitationToOpen = sample("outlook-invitation.ics");
        InvitationViewModel asked = answer(InvitationViewModel::openFile, true);
        assertThat(asked.offersMeetingDay().get()).isTrue();
        assertThat(asked.useMeetingDay.get()).isFalse();
        assertThat(document.round().date()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void anUnreadableInvitationSaysSoInTheDialog(@TempDir Path folder) throws Exception {
        dialogs.invitationToOpen = Files.writeString(folder.resolve("invite.ics"), "not a calendar");
        InvitationViewModel asked = answer(InvitationViewModel::openFile, false);
        assertThat(asked.noticesProperty().get()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("invite.file.notCalendar");
            assertThat(n.args()).containsExactly("invite.ics");
        });
        assertThat(asked.offersMeetingDay().get()).isFalse();
    }

    /** Two testers read the .ics, found every title empty, and only then pasted the email too. */
    @Test
    void aCalendarFileWithoutAMessageSaysTheTitlesAreInTheEmail() throws Exception {
        dialogs.invitationToOpen = sample("intervju-andre-runde.ics");
        InvitationViewModel asked = answer(InvitationViewModel::openFile, false);
        assertThat(asked.noticesProperty().get()).extracting(InvitationViewModel.Notice::key)
                .contains("invite.file.read.noMessage");
    }

    @Test
    void theOrganisersMessageInTheInvitationGivesTheTitles(@TempDir Path folder) throws Exception {
        String calendar = Files.readString(sample("intervju-andre-runde.ics")).replace("SUMMARY:",
                "DESCRIPTION:Du møter salgsdirektør Hans Petter Lunde og administrerende direktør Ingrid Aas.\\n"
                        + "Bli med i Teams: https://teams.microsoft.com/l/x\\n___\r\nSUMMARY:");
        dialogs.invitationToOpen = Files.writeString(folder.resolve("invitasjon.ics"), calendar);
        InvitationViewModel asked = answer(InvitationViewModel::openFile, true);
        assertThat(asked.pasted.get()).contains("Du møter salgsdirektør Hans Petter Lunde")
                .doesNotContain("https://").doesNotContain("___");
        assertThat(asked.noticesProperty().get()).extracting(InvitationViewModel.Notice::key)
                .contains("invite.file.read");
        assertThat(page.participants().rows()).filteredOn(r -> r.email.get().startsWith("ingrid"))
                .singleElement().satisfies(r -> assertThat(r.title.get()).isEqualToIgnoringCase(
                        "administrerende direktør"));
    }
}
