package app.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Notes typed the way people type in a hurry (the readers' notes of issue 11): each line opens with the word that
 * tied it to the line before, a vision starts with who holds it, a next step is a bare verb. The letter weaves them
 * in so they read as a person wrote them.
 */
class HurriedNotesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final LetterComposer composer = new LetterComposer(new TemplateLibrary(null));

    private String letter(Language language, UnaryOperator<Round> notes) {
        Round round = notes.apply(Round.empty(DAY).withStage(Stage.SPONSOR));
        return composer.compose(new Notes(1, language, null, null, null, null, List.of(round), null, null), 0, DAY)
                .bodyText().replace('\u00a0', ' ');
    }

    @Test
    void aConsequenceLosesTheGlueWordItOpensWithAndSeveralMakeOneSentence() {
        assertThat(letter(Language.EN, r -> r.withConsequences(List.of("so Q1 pipeline is about half what they need",
                "which means the Series B conversation gets pushed back"))))
                .contains("If nothing changes, Q1 pipeline is about half what they need, and the Series B "
                        + "conversation gets pushed back.");
        assertThat(letter(Language.EN, r -> r.withConsequences(List.of("38% of merchants gone within 6 months",
                "meaning NRR under 90%")))).doesNotContain("and meaning").doesNotContain("and which");
        // "da mister de": the verb came second after "da", and after the frame it comes first again
        assertThat(letter(Language.NB, r -> r.withConsequences(List.of("da mister de ca 30 byråer i 2027",
                "ARR-målet på 140 mill ryker"))))
                .contains("Blir det ikke løst, mister dere ca. 30 byråer i 2027, og ARR-målet på 140 millioner ryker.");
        assertThat(letter(Language.NB, r -> r.withConsequences(List.of("so serie A blir vanskelig"))))
                .contains("Blir det ikke løst, blir serie A vanskelig.");
        // a noun subject cannot be told from the rest, so the verb that came first stays first
        assertThat(letter(Language.NB, r -> r.withConsequences(List.of(
                "da forsvinner ca 380 mill i årlig omsetning når avtalene løper ut i 2027 og 2028",
                "konsernledelsen vurderer å legge offentlig inn under Enterprise"))))
                .contains("Blir det ikke løst, forsvinner ca. 380 millioner i årlig omsetning når avtalene løper ut i 2027 "
                        + "og 2028, og konsernledelsen vurderer å legge offentlig inn under Enterprise.");
    }

    @Test
    void aConsequenceThatIsAConditionOfItsOwnIsASentenceOfItsOwnSaidToTheReader() {
        assertThat(letter(Language.EN, r -> r.withConsequences(List.of(
                "if Barlaston Ceramics goes they lose 30% of turnover overnight",
                "cant justify the 6 new trailers on order"))))
                .contains("If nothing changes, you can’t justify the 6 new trailers on order. If Barlaston Ceramics "
                        + "goes, you lose 30% of turnover overnight.")
                .doesNotContain("changes, if");
        assertThat(letter(Language.NB, r -> r.withConsequences(List.of(
                "Helse Sør-Øst-anbudet høsten 2027 – taper de det, er de ute av OUS i fire år"))))
                .contains("Helse Sør-Øst-anbudet høsten 2027 – taper dere det, er dere ute av OUS i fire år.")
                .doesNotContain("Blir det ikke løst");
    }

    @Test
    void aCauseLosesItsConjunctionUnlessItOpensASentenceThatGoesOnAfterAComma() {
        assertThat(letter(Language.NB, r -> r.withCauses(List.of("for lite møter med byråene",
                "fordi ingen eier byråkundene etter onboarding"))))
                .contains("skyldes det for få møter med byråene, og at ingen eier byråkundene etter onboarding.");
        assertThat(letter(Language.EN, r -> r.withCauses(List.of("no real outbound motion",
                "because most marketing leads are tiny firms"))))
                .contains("and most marketing leads are tiny firms").doesNotContain("and because");
        assertThat(letter(Language.EN, r -> r.withCauses(List.of("pricing is done centrally",
                "Because the ERP changed in March, OTIF dropped to 86%"))))
                .contains("and because the ERP changed in March, OTIF dropped to 86%");
        // "since March" tells when, not why
        assertThat(letter(Language.EN, r -> r.withCauses(List.of("since March the team has shrunk"))))
                .contains("since March the team has shrunk");
    }

    @Test
    void ingenAfterTheVerbOfAnAtClauseIsIkkeNoen() {
        assertThat(letter(Language.NB, r -> r.withCauses(List.of(
                "KAMene har ingen relasjon til innkjøperne før konkurransen er kunngjort",
                "Det finnes ingen felles oversikt over prosjekter i anbudsfasen"))))
                .contains("at KAMene ikke har noen relasjon til innkjøperne")
                .contains("at det ikke finnes noen felles oversikt over prosjekter");
        assertThat(letter(Language.NB, r -> r.withCauses(List.of("ingen KAM-funksjon",
                "pilotene starter uten avtalte suksesskriterier"))))
                .contains("skyldes det at det ikke finnes noen KAM-funksjon, og at pilotene starter uten avtalte");
    }

    @Test
    void aVisionLosesTheLeadInThatSaysWhoHoldsIt() {
        assertThat(letter(Language.NB, r -> r.withHiringVision(
                "De ser for seg en salgssjef som får selgerne ut på byggeplass.")))
                .contains("Du så for deg en salgssjef som får selgerne ut på byggeplass – det er den jobben jeg vil "
                        + "ha.");
        assertThat(letter(Language.NB, r -> r.withHiringVision("Vi ser etter en KAM som eier kundene")))
                .contains("Du så for deg en KAM som eier kundene –");
        assertThat(letter(Language.EN, r -> r.withHiringVision("They want someone who owns every pilot")))
                .contains("You pictured someone who owns every pilot – that is the job I want.");
    }

    @Test
    void whatSomeoneSaidInTheVisionIsQuotedExactlyInASentenceOfItsOwn() {
        Participant richard = Participant.of("Richard Oyelaran", null, "r@x.example", Role.SPONSOR);
        String text = letter(Language.EN, r -> r.withParticipants(List.of(richard)).withHiringVision(
                "Richard said \"I want someone our customers actually ring first\". A KAM who owns the top 12 "
                        + "accounts."));
        assertThat(text).contains("You said: “I want someone our customers actually ring first”. You "
                + "pictured a KAM who owns the top 12 accounts – that is the job I want.")
                .doesNotContain("your customers").doesNotContain("pictured Richard");
        assertThat(letter(Language.NB, r -> r.withParticipants(List.of(Participant.of("Sara Mehmeti", null,
                "s@x.example", Role.SPONSOR))).withHiringVision(
                "Sara: \"jeg vil ut av salget innen sommeren\". En head of sales som eier hver pilot")))
                .contains("Du sa: «jeg vil ut av salget innen sommeren». Du så for deg en head of sales som eier "
                        + "hver pilot – det er den jobben jeg vil ha.");
    }

    @Test
    void aVisionOpenedByTheParticipantWhoHoldsItSaysWhoPicturedItToThem() {
        Participant torArne = Participant.of("Tor Arne Fossum", null, "t@x.example", Role.SPONSOR).withAddressee(true);
        Participant lene = Participant.of("Lene Bråthen", null, "l@x.example", Role.GATEKEEPER).withAddressee(true);
        // one of two addressees is turned to by name, and the vision keeps the ending of a person pictured
        assertThat(letter(Language.NB, r -> r.withParticipants(List.of(torArne, lene)).withHiringVision(
                "Tor Arne sa han ser for seg en salgssjef som vinner tilbake Orkla.")))
                .contains("Tor Arne, du så for deg en salgssjef som vinner tilbake Orkla – det er den jobben jeg "
                        + "vil ha.")
                .doesNotContain("at Tor Arne sa").doesNotContain("det vil jeg få til");
        assertThat(letter(Language.NB, r -> r.withParticipants(List.of(torArne, lene)).withHiringVision(
                "Tor Arne: en salgssjef som eier industrikundene")))
                .contains("Tor Arne, du så for deg en salgssjef som eier industrikundene –");
        // the one addressee is simply "du"
        assertThat(letter(Language.NB, r -> r.withParticipants(List.of(torArne)).withHiringVision(
                "Tor Arne vil ha en salgsleder som bygger en forutsigbar pipe")))
                .contains("Du så for deg en salgsleder som bygger en forutsigbar pipe – det er den jobben");
        // someone the letter is not addressed to is named
        Participant gary = Participant.of("Gary Hindley", null, null, Role.SPONSOR);
        Participant becky = Participant.of("Becky Marsh", null, "b@x.example", Role.RECRUITER).withAddressee(true);
        assertThat(letter(Language.EN, r -> r.withParticipants(List.of(becky, gary)).withHiringVision(
                "Gary wants someone living in the patch")))
                .contains("Gary pictured someone living in the patch – that is the job I want.");
        Participant anneMarie = Participant.of("Anne-Marie Kelly", null, "a@x.example", Role.DECISION_MAKER).withAddressee(true);
        Participant rob = Participant.of("Rob Sutcliffe", null, "r@x.example", Role.OTHER).withAddressee(true);
        assertThat(letter(Language.EN, r -> r.withParticipants(List.of(anneMarie, rob)).withHiringVision(
                "Anne-Marie: a KAD who owns the 4 ICB relationships")))
                .contains("Anne-Marie, you pictured a KAD who owns the 4 ICB relationships – that is the job I "
                        + "want.")
                .doesNotContain("that is what I want to deliver");
    }

    @Test
    void aLaterWishOfAnotherAddresseeInTheVisionIsSaidToThem() {
        Participant jonathan = Participant.of("Jonathan Pryce", null, "j@x.example", Role.SPONSOR).withAddressee(true);
        Participant aisha = Participant.of("Aisha Rahman", null, "a@x.example", Role.SPONSOR).withAddressee(true);
        assertThat(letter(Language.EN, r -> r.withParticipants(List.of(jonathan, aisha)).withHiringVision(
                "Jonathan wants someone who \"lives with the trusts\". Aisha wants that person to sit in every bid "
                        + "review.")))
                .contains("Jonathan, you pictured someone who “lives with the trusts”. Aisha, you want that person "
                        + "to sit in every bid review – that is the job I want.")
                .doesNotContain("As you see it");
    }

    @Test
    void aQuotationThatIsThePersonPicturedIsWhatTheyPictured() {
        Participant steve = Participant.of("Steve Hollins", null, "s@x.example", Role.SPONSOR);
        assertThat(letter(Language.EN, r -> r.withParticipants(List.of(steve)).withHiringVision(
                "Steve: \"someone who'll get on the phone\" - 10 new fleet accounts in year 1")))
                .contains("You pictured “someone who’ll get on the phone”, with a target of 10 new fleet accounts in "
                        + "year 1 – that is the job I want.")
                .doesNotContain("You said");
    }

    @Test
    void theCompanySpokenOfAsTheyInTheChallengeAndCausesIsSpokenTo() {
        assertThat(letter(Language.NB, r -> r.withChallenge("Salget har falt med 15 prosent siden 2024 og de mister "
                + "volumer til polske leverandører").withCauses(List.of("fordi de bare har spotpris-produkter",
                "De har ingen som jobber med innkjøpssjefene"))))
                .contains("og dere mister volumer til polske leverandører")
                .contains("at dere bare har spotpris-produkter").contains("at dere ikke har noen som jobber");
        // the customers who lost customers are the company: the noun named again is not what "de" means
        assertThat(letter(Language.NB, r -> r.withChallenge("Bedriftskundene går over til fastpris, de har mistet "
                + "1200 bedriftskunder i år"))).contains("dere har mistet 1200 bedriftskunder");
        // "de" as an article, and "de" after a plural subject it may mean, stay
        assertThat(letter(Language.NB, r -> r.withChallenge("Selgerne taper anbud, og de skylder på prisen")
                .withCauses(List.of("de største kundene går til kjedene"))))
                .contains("og de skylder på prisen").contains("at de største kundene går til kjedene");
        assertThat(letter(Language.EN, r -> r.withChallenge("Mid-market new ARR is 40% behind plan. They've got "
                + "the leads, the conversion is broken").withCauses(List.of("no value case - they sell on features",
                "cos they've never done any proper prospecting, all word of mouth"))))
                .contains("You’ve got the leads").contains("you sell on features")
                .contains("you’ve never done any proper prospecting").doesNotContain("cos");
        assertThat(letter(Language.EN, r -> r.withChallenge("They are re-bidding five NHS trust contracts")))
                .contains("that you are re-bidding five NHS trust contracts");
        assertThat(letter(Language.EN, r -> r.withChallenge("Customers churn because they never hear from anyone")))
                .contains("they never hear from anyone");
    }

    @Test
    void anObjectPronounBeforeTheNegationKeepsItsPlaceInAnAtClause() {
        assertThat(letter(Language.NB, r -> r.withCauses(List.of("distriktet har hatt 3 sjefer på 2 år",
                "fagsykepleierne kjenner dem ikke"))))
                .contains("at fagsykepleierne ikke kjenner dem").doesNotContain("kjenner dem ikke");
    }

    @Test
    void anInformalBecauseThatStaysIsWrittenOut() {
        assertThat(letter(Language.EN, r -> r.withCauses(List.of("cos the ERP changed, OTIF dropped"))))
                .contains("because the ERP changed, OTIF dropped").doesNotContain("cos");
    }

    @Test
    void aConsequenceThatMeansAPhraseKeepsItsVerbAndAReachedTargetIsSaidToTheReader() {
        assertThat(letter(Language.EN, r -> r.withConsequences(List.of("Losing two of the five would take out "
                + "around 8% of group revenue.", "Which means redundancies in the healthcare division."))))
                .contains("If nothing changes, losing two of the five would take out around 8% of group revenue, "
                        + "which would mean redundancies in the healthcare division.");
        assertThat(letter(Language.NB, r -> r.withConsequences(List.of("da når de ikke målet om 4 TWh i 2028",
                "styret vil selge porteføljen"))))
                .contains("Blir det ikke løst, når dere ikke målet om 4 TWh i 2028, og styret vil selge porteføljen.");
    }

    @Test
    void theEmployersWordsInsideQuotationMarksAreNotTurnedToTheReader() {
        assertThat(letter(Language.EN, r -> r.withChallenge("we lose share because \"our customers never hear "
                + "from us\"")))
                .contains("you lose share because “our customers never hear from us”");
    }

    @Test
    void anEvidenceDetailLosesItsLabelItsTypedWeekdayAndTheWordLeftWhereItsDateWas() {
        assertThat(letter(Language.NB, r -> r.withEvidence(List.of(
                new Evidence(EvidenceKind.CASE, "case: plan for de 20 største byråene, presenteres 8.12",
                        LocalDate.of(2026, 12, 8), null, null)))))
                .contains("Tirsdag 8. desember presenterer jeg en plan for de 20 største byråene.")
                .doesNotContain("case:").doesNotContain("presenteres");
        assertThat(letter(Language.NB, r -> r.withEvidence(List.of(
                new Evidence(EvidenceKind.TEST, "Logiske tester + personlighetstest hos Amesto, innen onsdag",
                        LocalDate.of(2026, 12, 2), null, null)))))
                .contains("Onsdag 2. desember tar jeg logiske tester og personlighetstest hos Amesto.")
                .doesNotContain("innen onsdag");
        assertThat(letter(Language.EN, r -> r.withEvidence(List.of(
                new Evidence(EvidenceKind.RESULTS, "churn numbers w/ retention, by Fri",
                        LocalDate.of(2026, 12, 4), null, null)))))
                .contains("On Friday 4 December I will send you churn numbers with retention.");
    }

    @Test
    void aChallengeTypedAsAFigureAndItsDirectionIsSaidAsANounPhrase() {
        assertThat(letter(Language.EN, r -> r.withChallenge("churn up").withCauses(List.of("sold on rate"))))
                .contains("The main challenge is rising churn.");
        assertThat(letter(Language.NB, r -> r.withChallenge("churn opp blant byråene, særlig de store")
                .withCauses(List.of("for lite møter med byråene"))))
                .contains("Hovedutfordringen er økende churn blant byråene, særlig de store.");
        // a clause that merely has "opp" in it is left alone
        assertThat(letter(Language.NB, r -> r.withChallenge("Selgerne følger ikke opp kundene")))
                .contains("at selgerne ikke følger opp kundene");
    }

    @Test
    void aNextStepTypedAsABareVerbHasTheCandidateAsItsSubject() {
        assertThat(letter(Language.NB, r -> r.withNextStep(Step.of("ringe Jan Erik for å sette opp casen",
                LocalDate.of(2026, 12, 2), Owner.ME))))
                .contains("Onsdag 2. desember ringer jeg Jan Erik for å sette opp casen.")
                .doesNotContain("følger jeg opp:");
        assertThat(letter(Language.EN, r -> r.withNextStep(Step.of("call Mary Kate to confirm the ride-along date",
                LocalDate.of(2026, 12, 2), Owner.ME))))
                .contains("On Wednesday 2 December I will call Mary Kate to confirm the ride-along date.")
                .doesNotContain("follow up:");
    }
}
