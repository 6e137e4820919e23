package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.followup.model.Employer;
import app.followup.model.Evidence;
import app.followup.model.EvidenceKind;
import app.followup.model.Language;
import app.followup.model.Notes;
import app.followup.model.Owner;
import app.followup.model.Participant;
import app.followup.model.Role;
import app.followup.model.Round;
import app.followup.model.Stage;
import app.followup.model.Step;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What a native reader fixed by hand: a letter to the agency's recruiter that told her "Dere har for få
 * sykehuskontrakter" (the employer's situation said as hers).
 */
class RecruiterOnlyLetterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));
    private final Participant anneMarie = new Participant("Anne Marie Holt", "Partner", "Visindi AS",
            "amh@visindi.example", Role.RECRUITER, true, null, null);
    private final Participant kristoffer = new Participant("Kristoffer Ås", "HR-rådgiver", null,
            "k@medivia.example", Role.GATEKEEPER, null, null, null);
    private final Participant sarah = new Participant("Sarah Cole", "Director", "Harrow Search Ltd",
            "sarah@harrow.example", Role.RECRUITER, true, null, null);

    private String letter(Language language, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(Stage.SPONSOR));
        Employer employer = new Employer(language == Language.NB ? "Medivia Nordic AS" : "Calder Freight Ltd",
                List.of(), null);
        return composer.compose(new Notes(1, language, null, employer, null, null, List.of(round), null, null), 0,
                DAY).bodyText().replace('\u00a0', ' ');
    }

    @Test
    void toTheAgencysRecruiterTheEmployersSituationIsTheEmployersByName() {
        String text = letter(Language.NB, r -> r.withParticipants(List.of(anneMarie, kristoffer))
                .withChallenge("for få sykehuskontrakter i Helse Sør-Øst, mister anbud på sårbehandling")
                .withCauses(List.of("vi har ingen som følger opp fagsykepleierne", "våre selgere sitter i bilen"))
                .withConsequences(List.of("da mister de markedsandeler")));
        assertThat(text).contains("Medivia Nordic har for få sykehuskontrakter i Helse Sør-Øst og mister anbud på "
                        + "sårbehandling.")
                .contains("at Medivia Nordic ikke har noen som følger opp fagsykepleierne")
                .contains("at Medivia Nordics selgere sitter i bilen")
                .contains("mister Medivia Nordic markedsandeler")
                .doesNotContain("Dere ").doesNotContain(" dere").doesNotContain("deres");
    }

    @Test
    void theReaderStaysDuAndAnEmployeeAddresseeStaysTheCompanysDere() {
        Step hers = new Step("Anne Marie gir beskjed om dato for Stockholm", LocalDate.of(2026, 12, 4),
                Owner.EMPLOYER, "Anne Marie", null, null);
        assertThat(letter(Language.NB, r -> r.withParticipants(List.of(anneMarie, kristoffer))
                .withChallenge("for få sykehuskontrakter").withHiringVision("en distriktssjef som blir værende")
                .withNextStep(hers)))
                .contains("Du så for deg en distriktssjef").contains("gir du beskjed om dato for Stockholm");
        // Kristoffer works at Medivia: the letter to him speaks to the company
        assertThat(letter(Language.NB, r -> r.withParticipants(List.of(kristoffer.withAddressee(true)))
                .withChallenge("for få sykehuskontrakter i Helse Sør-Øst")))
                .contains("at dere har for få sykehuskontrakter i Helse Sør-Øst").doesNotContain("Medivia Nordic har");
    }

    @Test
    void inEnglishTheNameTakesTheVerbOfOneCompany() {
        String text = letter(Language.EN, r -> r.withParticipants(List.of(sarah))
                .withChallenge("We are losing pilots to cheaper carriers")
                .withCauses(List.of("they still run every deal like a 2-week sale", "our reps never meet procurement"))
                .withConsequences(List.of("we miss the £6m target", "they have to close the Leeds depot")));
        assertThat(text).contains("Calder Freight is losing pilots to cheaper carriers")
                .contains("Calder Freight still runs every deal like a 2-week sale")
                .contains("Calder Freight’s reps never meet procurement")
                .contains("Calder Freight will miss the £6m target")
                .contains("Calder Freight has to close the Leeds depot")
                .doesNotContain("you will").doesNotContain("You are").doesNotContain("your reps");
    }
}
