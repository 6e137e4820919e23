package app.followup.letter;

import java.util.Locale;
import java.util.Set;

/**
 * How a typed job title reads inside a sentence. Norwegian job titles are common nouns ("jobben som regional
 * salgssjef Østlandet"): the capital that only starts the field goes, while proper nouns further on (Østlandet,
 * Nordvik), acronyms (KAM, B2B, IT) and English titles (Key Account Manager, Head of Sales) keep their case. An
 * English letter keeps the title as typed.
 */
final class JobTitleCase {
    /**
     * Words English job titles are made of. Two of them capitalised side by side ("Key Account", "Account
     * Executive", "Head of Sales") make an English title, which keeps its Title Case in a Norwegian letter too; a
     * single one before a Norwegian word ("Regional salgssjef") is only the start of the field.
     */
    private static final Set<String> ENGLISH_TITLE_WORDS = Set.of("account", "accounts", "key", "manager", "head",
            "sales", "executive", "director", "officer", "chief", "business", "development", "developer",
            "representative", "senior", "junior", "lead", "leader", "vice", "president", "partner", "specialist",
            "consultant", "customer", "success", "regional", "area", "country", "field", "inside", "outside",
            "enterprise", "global", "national", "territory", "channel", "product", "marketing", "commercial",
            "operations", "general", "associate", "assistant", "coordinator", "advisor", "adviser", "analyst",
            "engineer", "solutions", "solution", "architect", "strategic", "major", "new", "retail", "category",
            "trade", "district", "principal", "team", "group", "revenue", "growth", "partnerships", "alliances",
            "client", "services", "service", "technical", "pre-sales", "presales", "management", "owner");
    /** Small words inside an English title: "Head of Sales", "Sales and Marketing Director". */
    private static final Set<String> ENGLISH_JOINERS = Set.of("of", "and", "&", "for", "the");

    private JobTitleCase() {
    }

    static String inNorwegianText(String title) {
        String[] words = title.split(" ");
        if (isEnglishTitle(words) || !startsWithCommonNounCapital(words[0])) {
            return title;
        }
        return words[0].toLowerCase(Locale.forLanguageTag("nb")) + title.substring(words[0].length());
    }

    /** "Salgssjef", "Regional": one capital, at the start; not "KAM", "IT-konsulent", "B2B-selger". */
    private static boolean startsWithCommonNounCapital(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().filter(Character::isUpperCase).count() == 1
                && word.codePoints().noneMatch(Character::isDigit);
    }

    private static boolean isEnglishTitle(String[] words) {
        String previous = null;
        for (String word : words) {
            if (ENGLISH_JOINERS.contains(word) && previous != null) {
                continue;
            }
            boolean english = isCapitalisedEnglishTitleWord(word);
            if (english && previous != null) {
                return true;
            }
            previous = english ? word : null;
        }
        return false;
    }

    /** "manager", "Account": a word English job titles are made of, whatever its case. */
    static boolean isEnglishTitleWord(String word) {
        return ENGLISH_TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalisedEnglishTitleWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && ENGLISH_TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
