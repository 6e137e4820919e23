package app.followup.pdf;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.Recipient;
import app.followup.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Letters at the style guide's limits, written out in full so that the layout is measured on real prose whatever
 * the templates say: a Norwegian sponsor letter of exactly 300 words to two addressees, and decision-maker letters
 * with a five-row plan. Dates carry no-break spaces, as the composer writes them.
 */
final class FitLetters {
    static final String NBSP = "\u00A0";
    static final List<String> SENDER = List.of("Sindre Aasen", "Kongsgårdbakken 12", "4005 Stavanger", "915 22 480",
            "sindre.aasen@example.no");

    private FitLetters() {
    }

    static String date(String text) {
        return text.replace(" ", NBSP);
    }

    static final List<String> SPONSOR_PARAGRAPHS = List.of(
            "Hei Per Olav og Hanne,",
            "Takk for samtalen i dag, og for at dere tok dere tid til å vise meg lageret og proffavdelingen. Her er en "
                    + "kort oppsummering, slik at vi har samme utgangspunkt for veien videre.",
            "Proffsalget har stått stille i to år, og de store byggeprosjektene i regionen går til kjedene. Slik jeg "
                    + "forstår det, skyldes det at selgerne besøker de samme proffkundene år etter år, at tilbudene tar "
                    + "for lang tid, og at kundebasen ligger i hodet til hver selger i stedet for i CRM. Blir det ikke "
                    + "løst, fortsetter marginen å falle, og styret vurderer å slå sammen avdelingene i Sandnes og "
                    + "Stavanger før sommeren. Da mister regionen både fagfolk og de kundene som har handlet hos dere i "
                    + "mange år.",
            "Dere så for dere en salgssjef som selv tar ansvar for de tolv største proffkundene, får tilbudstiden ned "
                    + "til to dager og bygger et team rundt én felles pipeline – det er den jobben jeg vil ha. I fire "
                    + "år hos Byggmakker Vest gjorde jeg nettopp dette, og proffsalget der vokste med atten prosent på "
                    + "to år. Der lærte jeg også at et team bare følger én pipeline når lederen selv bruker den hver "
                    + "dag. Jeg er glad vi ble enige om å gå videre.",
            "Neste trinn er referansesjekk via Ramsvik, en casepresentasjon for ledergruppen og et intervju med Trond "
                    + "Vikre, administrerende direktør. Navn på to referanser sender jeg " + date("tirsdag 1. desember")
                    + ", og salgstallene for distriktet " + date("torsdag 3. desember") + ". Casen forbereder jeg til "
                    + "uken etter, med en plan for de tolv største kundene og hvordan tilbudene kan komme raskere ut. "
                    + "Per Olav, jeg ringer deg " + date("onsdag 2. desember") + " for å finne et tidspunkt for casen "
                    + "som passer ledergruppen.",
            "Har jeg misforstått noe, vil jeg gjerne høre det.");

    /** Exactly 300 words, to two addressees (seven address lines), with a signature and a copy line. */
    static Letter sponsorOf300Words() {
        return sponsor(SPONSOR_PARAGRAPHS);
    }

    static Letter sponsor(List<String> paragraphs) {
        List<Block> body = new ArrayList<>();
        paragraphs.forEach(text -> body.add(new Block.Paragraph(List.of(text))));
        body.add(new Block.Paragraph(List.of("Med vennlig hilsen", "Sindre Aasen · 915 22 480")));
        return new Letter(Language.NB, "Oppsummering etter samtalen " + date("26. november") + " – salgssjef proff",
                body, SENDER,
                List.of("Per Olav Moe", "Salgsdirektør", "Hanne Solberg", "HR-sjef", "Sandvik Trelast AS",
                        "Industriveien 14", "4313 Sandnes"),
                "Stavanger, " + date("26. november 2026"), "Sindre Aasen",
                List.of(new Recipient("Per Olav Moe", "per.olav.moe@sandvik.example"),
                        new Recipient("Hanne Solberg", "hanne.solberg@sandvik.example")),
                List.of(new Recipient("Ingrid Lie", "ingrid.lie@ramsvik.example")), false, List.of(),
                "Kopi: Trond Vikre, Ingrid Lie (Ramsvik Rekruttering)");
    }

    /** About 230 words of prose and a five-row plan, to the decision maker, two people copied. */
    static Letter decisionMakerWithFiveRows() {
        List<Block> body = List.of(
                new Block.Paragraph(List.of("Hei Anders,")),
                new Block.Paragraph(List.of("Takk for møtet i går ettermiddag, og for at du var så åpen om "
                        + "bedriftsmarkedet. Her er min oppsummering, og et forslag til plan frem mot en beslutning.")),
                new Block.Paragraph(List.of("Vestland Energi taper de store bedriftsanbudene og mister "
                        + "markedsandeler, fordi salgsteamet er bygget for fornyelser og ikke for nysalg. Slik jeg "
                        + "forstår det, besvares anbudene for sent og uten en tydelig salgsstrategi. Blir det ikke "
                        + "løst, faller omsetningen i bedriftsmarkedet i 2027, og styrets vekstmål for 2028 er i fare. "
                        + "Samtidig går to av de største kundene ut av avtalene sine neste høst, og de vil hente inn "
                        + "tilbud fra flere leverandører enn før.")),
                new Block.Paragraph(List.of("Du så for deg en salgssjef som bygger et team som vinner anbud, med to "
                        + "store seire innen tolv måneder – det er den jobben jeg vil ha. Hos Fjordkraft bygget jeg et "
                        + "anbudsteam på fem selgere som vant tre av de fire største kontraktene i 2024, og den samme "
                        + "arbeidsmåten vil jeg ta med meg hit.")),
                new Block.Paragraph(List.of("Du tar den endelige beslutningen, etter referansesjekk, en gjennomgang "
                        + "av 100-dagersplanen min med deg og Marte, og styrets godkjenning av stillingen. Jeg "
                        + "foreslår:")),
                new Block.Table(List.of("Dato", "Milepæl", "Hvem"), List.of(
                        List.of(date("tirsdag 1. desember"), "Referanser og salgstall sendt", "meg"),
                        List.of(date("onsdag 2. desember"), "100-dagersplanen sendt til deg og Marte", "meg"),
                        List.of(date("onsdag 9. desember"), "Gjennomgang av planen med ledergruppen", "Anders"),
                        List.of(date("onsdag 16. desember"), "Styrets godkjenning av stillingen", "Anders"),
                        List.of(date("fredag 8. januar 2027"), "Beslutning og tilbud", "Anders"))),
                new Block.Paragraph(List.of("Jeg ringer deg " + date("torsdag 3. desember") + " for å høre om "
                        + "planen gir ledergruppen det den trenger, og om datoene holder for både deg og Marte.")),
                new Block.Paragraph(List.of("Har jeg misforstått noe, eller passer ikke en dato, vil jeg gjerne "
                        + "høre det.")),
                new Block.Paragraph(List.of("Med vennlig hilsen", "Jonas Bakke · 934 56 789")));
        return new Letter(Language.NB, "Møtet " + date("26. november") + " – en plan frem mot en beslutning", body,
                List.of("Jonas Bakke", "Kongens gate 8", "5013 Bergen", "+47 934 56 789", "jonas.bakke@example.no"),
                List.of("Anders Vik", "Administrerende direktør", "Vestland Energi AS", "Sandviksboder 3",
                        "5035 Bergen"),
                "Bergen, " + date("27. november 2026"), "Jonas Bakke",
                List.of(new Recipient("Anders Vik", "anders.vik@vestland-energi.example")),
                List.of(new Recipient("Marte Solberg", "marte.solberg@vestland-energi.example")), false, List.of(),
                "Kopi: Marte Solberg, Kari Dahl (Ramsvik Rekruttering)");
    }

    /** The style guide's English decision-maker letter, as printed there. */
    static Letter englishDecisionMaker() {
        List<Block> body = List.of(
                new Block.Paragraph(List.of("Dear Rachel,")),
                new Block.Paragraph(List.of("Thank you for your time yesterday, and for being so open about the "
                        + "enterprise business. Here is my summary, and a plan to get us to a decision.")),
                new Block.Paragraph(List.of("Calder wins pilots with large shippers but turns fewer than one in four "
                        + "into multi-year contracts, so enterprise revenue has been flat for two years. As I "
                        + "understand it, pilots start without agreed success criteria, and account managers hand over "
                        + "to operations as soon as a pilot is signed. What is at stake is the £6m of new enterprise "
                        + "revenue in the 2027 plan.")),
                new Block.Paragraph(List.of("You pictured someone who owns every pilot from kick-off to contract and "
                        + "converts at least half of them into three-year agreements by the end of 2027 – that is the "
                        + "job I want.")),
                new Block.Paragraph(List.of("You make the final decision, after reference calls, a leadership review "
                        + "of my 90-day plan and board approval of the headcount. I suggest:")),
                new Block.Table(List.of("Date", "Milestone", "Who"), List.of(
                        List.of(date("Mon 30 Nov"), "References and conversion figures sent", "me"),
                        List.of(date("Wed 2 Dec"), "90-day plan sent to you and James", "me"),
                        List.of(date("Wed 9 Dec"), "Leadership review of the plan", "Rachel"),
                        List.of(date("Wed 16 Dec"), "Board approval of the headcount", "Rachel"),
                        List.of(date("Fri 8 Jan 2027"), "Decision and offer", "Rachel"))),
                new Block.Paragraph(List.of("I will call you on " + date("Thursday 3 December") + " to hear whether "
                        + "the plan gives the leadership team what they need.")),
                new Block.Paragraph(List.of("If I have got anything wrong, or a date does not work for you, just tell "
                        + "me.")),
                new Block.Paragraph(List.of("Best regards", "Michael Carter · +44 7911 123456")));
        return new Letter(Language.EN, "Our meeting on " + date("25 November") + " – a plan towards a decision", body,
                List.of("Michael Carter", "14 Aldwych Road", "London WC2B 4DA", "+44 7911 123456",
                        "michael.carter@example.co.uk"),
                List.of("Rachel Owen", "Chief Commercial Officer", "Calder Freight Ltd", "1 Dock Street",
                        "Leeds LS10 1JF"),
                "London, " + date("26 November 2026"), "Michael Carter",
                List.of(new Recipient("Rachel Owen", "rachel.owen@calder.example")),
                List.of(new Recipient("James Whitaker", "james.whitaker@calder.example")), false, List.of(),
                "cc: James Whitaker; Olivia Grant (Harrow Search Partners)");
    }

    /** Words as a reader counts them: anything with a letter or digit in it, dashes and dots left out. */
    static int words(List<Block> body) {
        int count = 0;
        for (Block block : body) {
            List<String> texts = new ArrayList<>();
            if (block instanceof Block.Paragraph paragraph) {
                texts.addAll(paragraph.lines());
            } else if (block instanceof Block.ItemList list) {
                texts.addAll(list.items());
            }
            for (String text : texts) {
                count += (int) Arrays.stream(text.split("[\\s\u00A0]+"))
                        .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).count();
            }
        }
        return count;
    }
}
