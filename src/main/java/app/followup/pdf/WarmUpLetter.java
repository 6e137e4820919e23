package app.followup.pdf;

import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.model.Language;
import java.util.List;

/** A letter with every kind of block, rendered and thrown away to warm up the PDF code. Never shown. */
final class WarmUpLetter {
    static final Letter LETTER = new Letter(Language.NB, "Oppfølging", List.of(
            new Block.Paragraph(List.of("Hei, æøå ÆØÅ – «sitat» 123.")),
            new Block.ItemList(List.of("Punkt"), false),
            new Block.ItemList(List.of("Steg"), true),
            new Block.Table(List.of("Dato", "Milepæl", "Ansvarlig"), List.of(List.of("1. desember", "Møte", "Meg"))),
            new Block.Paragraph(List.of("Vennlig hilsen", "Navn"))),
            List.of("Navn", "Adresse"), List.of("Mottaker"), "Oslo, 1. desember 2026", "Navn", List.of(), List.of(),
            false, List.of(), "Kopi: Navn");

    private WarmUpLetter() {
    }
}
