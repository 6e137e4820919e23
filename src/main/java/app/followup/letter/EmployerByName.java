package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's business said by the employer's name in a letter that goes to no one who works there (a recruiter
 * from an agency, say). The rest of the composer says the company's situation to the reader ("Dere har for få
 * sykehuskontrakter", "you will miss the target"), which is right when the reader is the company; to Anne Marie at
 * Visindi it makes her the one short of hospital contracts. So here the company's "dere"/"deres" and "you"/"your" in
 * the challenge, causes and consequences become "Medivia Nordic"/"Medivia Nordics" and "Medivia"/"Medivia's", an
 * English verb after it agreeing ("you have" → "Medivia has"). What the reader said ("as you said, “…”") and words
 * inside quotation marks stay theirs.
 */
final class EmployerByName {
    private static final Pattern NB_COMPANY = Pattern.compile("(?<![\\p{L}\\p{N}-])([Dd]eres|[Dd]ere)(?![\\p{L}\\p{N}-])");
    private static final Pattern EN_COMPANY = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])([Yy]ou(?:r|rs|rself|rselves|['’](?:ve|re|ll|d))?)(?![\\p{L}\\p{N}-])");
    /** The reader's own words, said back: "as you said", "you said". */
    private static final Pattern EN_READER = Pattern.compile("(?i)^\\s*said\\b");
    /** What may stand right before a clause's subject. */
    private static final Pattern EN_CLAUSE_BEFORE = Pattern.compile("(?i)(?:^|[.;:,–—-]\\s*|\\b(?:and|but|so|because|"
            + "since|as|if|when|that|while|until|unless|or|where|why|how)\\s+)$");
    private static final Set<String> EN_ADVERBS = Set.of("still", "also", "never", "only", "just", "always", "often",
            "already", "really", "rarely", "usually", "now", "even", "simply", "mostly", "barely", "currently",
            "sometimes", "probably", "seldom");
    private static final Map<String, String> EN_THIRD_PERSON = Map.ofEntries(Map.entry("are", "is"),
            Map.entry("have", "has"), Map.entry("were", "was"), Map.entry("do", "does"), Map.entry("don't", "doesn't"),
            Map.entry("aren't", "isn't"), Map.entry("haven't", "hasn't"), Map.entry("weren't", "wasn't"),
            Map.entry("go", "goes"));
    private static final Map<String, String> EN_CONTRACTIONS = Map.of("ve", "has", "re", "is", "ll", "will",
            "d", "would");
    /** Forms a subject keeps: modals, pasts, and verbs whose past and present are spelled alike. */
    private static final Set<String> EN_SAME_FORM = Set.of("will", "would", "can", "could", "may", "might", "must",
            "should", "shall", "won't", "can't", "cannot", "couldn't", "wouldn't", "shouldn't", "had", "did", "was",
            "lost", "won", "sold", "got", "made", "went", "took", "left", "saw", "came", "became", "began", "brought",
            "bought", "built", "felt", "found", "gave", "kept", "knew", "led", "met", "paid", "ran", "said", "sent",
            "spent", "stood", "told", "thought", "understood", "wrote", "fell", "grew", "put", "set", "cut", "hit",
            "let", "cost", "quit", "spread", "hadn't", "didn't", "wasn't");

    private final String name;
    private final Language language;

    private EmployerByName(String name, Language language) {
        this.name = name;
        this.language = language;
    }

    /**
     * The renaming for this letter, or null when an addressee works at the employer (or the employer has no name),
     * and "dere"/"you" is the company the letter speaks to.
     */
    static EmployerByName of(String employer, List<Participant> addressees, Language language) {
        String shortName = CompanyNames.shortName(Texts.clause(employer));
        if (shortName == null || shortName.isBlank() || addressees.isEmpty()
                || !addressees.stream().allMatch(p -> AddressBlock.isElsewhere(p, employer))) {
            return null;
        }
        return new EmployerByName(shortName, language);
    }

    /** The part with the company's pronouns as its name; null stays null. */
    String apply(String part) {
        if (part == null || part.isEmpty()) {
            return part;
        }
        return language == Language.NB ? norwegian(part) : english(part);
    }

    private String norwegian(String part) {
        Matcher matcher = NB_COMPANY.matcher(part);
        StringBuilder out = new StringBuilder(part.length() + 16);
        int from = 0;
        while (matcher.find()) {
            if (Quoted.contains(part, matcher.start())) {
                continue;
            }
            boolean possessive = matcher.group(1).toLowerCase(Locale.ROOT).equals("deres");
            out.append(part, from, matcher.start()).append(possessive ? genitive() : name);
            from = matcher.end();
        }
        return from == 0 ? part : out.append(part, from, part.length()).toString();
    }

    /** "Medivia Nordics", "Sandvik Trelast'" / "Calder's", "Harrows'". */
    private String genitive() {
        boolean sibilant = name.matches("(?s).*[sSxXzZ]$");
        if (language == Language.NB) {
            return sibilant ? name + "'" : name + "s";
        }
        return sibilant ? name + "'" : name + "'s";
    }

    private String english(String part) {
        Matcher matcher = EN_COMPANY.matcher(part);
        StringBuilder out = new StringBuilder(part.length() + 16);
        int from = 0;
        while (matcher.find()) {
            String found = matcher.group(1);
            String after = part.substring(matcher.end());
            String before = part.substring(0, matcher.start());
            if (Quoted.contains(part, matcher.start()) || EN_READER.matcher(after).find()) {
                continue;
            }
            String lower = found.toLowerCase(Locale.ROOT).replace('’', '\'');
            out.append(part, from, matcher.start());
            from = matcher.end();
            switch (lower) {
                case "your", "yours" -> out.append(genitive());
                case "yourself", "yourselves" -> out.append("itself");
                case "you" -> {
                    if (EN_CLAUSE_BEFORE.matcher(before).find()) {
                        String[] verb = agreed(after);
                        out.append(name).append(verb[0]);
                        from = matcher.end() + verb[1].length();
                    } else {
                        out.append(name);
                    }
                }
                default -> out.append(name).append(' ').append(EN_CONTRACTIONS.get(lower.substring(4)));
            }
        }
        return from == 0 ? part : out.append(part, from, part.length()).toString();
    }

    /**
     * The words after the subject with the verb agreeing with a company's name: {replacement, replaced}.
     * " still lose the contract" gives {" still loses", " still lose"}; a word that is no certain present is kept.
     */
    private static String[] agreed(String after) {
        Matcher words = Pattern.compile("\\G(\\s+)([\\p{L}'’]+)").matcher(after);
        StringBuilder kept = new StringBuilder();
        while (words.find()) {
            String word = words.group(2);
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            String spaced = words.group(1) + word;
            if (EN_ADVERBS.contains(lower)) {
                kept.append(spaced);
                continue;
            }
            String third = thirdPerson(lower);
            if (third == null || !word.equals(lower)) {
                return new String[] {"", ""};
            }
            String replaced = kept + spaced;
            return new String[] {kept + words.group(1) + (word.contains("’") ? third.replace('\'', '’') : third),
                    replaced};
        }
        return new String[] {"", ""};
    }

    /** "lose" → "loses", "carry" → "carries", "have" → "has"; a past, a modal or a non-verb → unchanged; null: unsure. */
    private static String thirdPerson(String verb) {
        if (EN_THIRD_PERSON.containsKey(verb)) {
            return EN_THIRD_PERSON.get(verb);
        }
        if (EN_SAME_FORM.contains(verb) || verb.endsWith("ed")) {
            return verb;
        }
        if (verb.length() < 2 || verb.endsWith("ing") || verb.endsWith("ly") || verb.contains("'")
                || verb.endsWith("s") && !verb.endsWith("ss")) {
            return null;
        }
        if (verb.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb.matches(".*(?:ss|sh|ch|x|z|o)") ? verb + "es" : verb + "s";
    }
}
