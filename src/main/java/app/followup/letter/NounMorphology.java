package app.followup.letter;

import java.util.Locale;

/** How the nouns of a letter's language inflect: the paradigm of a word a user listed, in whatever form. */
interface NounMorphology {
    /** @param folded one case-folded word (hyphens allowed, no spaces) */
    NounParadigm paradigm(String folded);

    /** Whether a noun joins the next word into one (bokmål "kundebasen"), not only with a space or hyphen. */
    boolean closedCompounds();

    /** The genitive of a form: bokmål "kundens", "hus'"; English "customer's", "customers'". */
    String genitive(String form, NounSlot slot);

    /**
     * Whether a word before a singular noun takes the noun's gender (bokmål "et produkt", "en tjeneste"), so that
     * a noun of another gender cannot simply take its place.
     */
    boolean agreesInGender(String previousWord);

    static NounMorphology of(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("nb") || language.equals("no") || language.equals("nn")
                ? NorwegianNouns.INSTANCE : EnglishNouns.INSTANCE;
    }
}
