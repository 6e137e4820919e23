package app.followup.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The commonest verbless shapes of a hurried English note, given the verb "be" they leave out: "patch been covered
 * from Leeds" → "the patch has been covered …", "reps only going back …" → "reps are only going back …", "North
 * revenue down 11% YTD" → "North revenue is down 11% YTD", "fleet side too reliant on …" → "the fleet side is too
 * reliant on …", "no new fleet accounts in 18 months" → "there have been no new fleet accounts in 18 months". The
 * subject is one to three plain words before the sign of the missing verb; a note of any other shape, or one whose
 * subject the rule cannot read, stays as typed.
 */
final class VerblessFragment {
    private static final Pattern FIGURE_OR_PREPOSITION = Pattern.compile("[\\d£$€±~-].*|by|in|on|since|across|to");
    private static final int LONGEST_SUBJECT = 3;
    private static final Set<String> ADVERBS = Set.of("only", "still", "just", "now", "already", "also", "all");
    /** Words that cannot be part of a subject noun phrase: whatever holds one has a verb or is another shape. */
    private static final Set<String> NOT_SUBJECT = Set.of(
            "to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "and", "or", "but", "if", "so",
            "because", "which", "that", "who", "when", "as", "is", "are", "was", "were", "has", "have", "had", "be",
            "been", "will", "would", "can", "could", "do", "does", "did", "not", "no", "we", "they", "you", "i", "he",
            "she", "it", "there", "this", "these", "those", "a", "an", "too", "up", "down", "flat", "being", "nobody",
            "noone", "no-one", "none", "everyone", "everybody", "someone", "somebody", "anyone", "nothing");
    /**
     * "we're", "they've", "isn't", "it's": a subject and its verb in one word, so the note has its verb ("we're
     * losing … " came out "You're is losing …"). "Rachel's team" is a possessive and stays a subject.
     */
    private static final Pattern CONTRACTED_VERB = Pattern.compile(
            "['’](?:re|m|ve|ll|d)$|n['’]t$|^(?:it|that|there|he|she|what|who|here)['’]s$");
    /** "in 18 months", "for 3 years", "since March": a span of time, which wants "has been" rather than "is". */
    private static final Pattern SPAN = Pattern.compile(
            "(?i)\\b(?:(?:in|for|over)\\s+(?:the\\s+(?:last|past)\\s+)?\\d+\\s+(?:years?|months?|weeks?|quarters?)"
                    + "|since)\\b");
    /** What a company is doing wrong, typed without its subject: "losing share …", "talking to theatre nurses …". */
    private static final Set<String> GERUNDS = Set.of(
            "losing", "missing", "struggling", "failing", "chasing", "talking", "selling", "relying", "competing",
            "quoting", "spending", "waiting", "lagging", "leaking", "bleeding", "discounting", "underperforming");
    private static final Set<String> FINITE = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does", "do", "did",
            "means", "makes", "might", "may", "must", "should", "isn't", "aren't", "won't", "can't", "don't");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}&'’-]*");
    /** Prepositions after which "no budget for a new hire" goes on as one noun phrase. */
    private static final Set<String> NOUN_PHRASE_GOES_ON = Set.of("for", "of", "on", "in", "to", "with", "from",
            "at", "between", "across", "beyond", "about");
    private static final Set<String> PARTICIPLES = Set.of("lost", "won", "gone", "taken", "sold", "spent", "cut",
            "shut", "left");
    private static final Pattern FIRST_SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");
    /** A time already gone or going: "this year", "last quarter", "in March", "in 2025", "so far". */
    private static final Pattern PAST_TIME = Pattern.compile("(?i)(?:this|last)\\s+(?:year|quarter|month|week|"
            + "season)\\b|in\\s+(?:20\\d\\d|january|february|march|april|may|june|july|august|september|"
            + "october|november|december|q[1-4])\\b|so\\s+far\\b|since\\b|ytd\\b");

    private VerblessFragment() {
    }

    /** The note with the verb it leaves out; any other note as typed. Null stays null. */
    static String withVerb(String note) {
        if (note == null || note.isBlank()) {
            return note;
        }
        String[] words = note.strip().split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.equals("no") && words.length > 2 && plainSubject(Arrays.copyOfRange(words, 1, 2))) {
            return noneAsThereIs(note.strip(), words);
        }
        // only the first sentence: "losing accounts to 3PLs. The team is reactive" has its verb in the second
        // and only before a dash: "losing accounts to 3PLs - account team is reactive" has its verb after it
        String opening = DASH.split(FIRST_SENTENCE_END.split(note.strip(), 2)[0], 2)[0];
        if (GERUNDS.contains(first) && words.length > 2 && Arrays.stream(opening.split(" ")).skip(1)
                .noneMatch(word -> FINITE.contains(word.toLowerCase(Locale.ROOT)))) {
            // "Losing share in the North since 2025": the company is doing it, and the letter speaks to it
            String rest = first + note.strip().substring(words[0].length());
            return (SPAN.matcher(opening).find() ? "you have been " : "you are ") + rest;
        }
        for (int at = 1; at <= LONGEST_SUBJECT && at < words.length; at++) {
            String[] subject = Arrays.copyOfRange(words, 0, at);
            if (!plainSubject(subject)) {
                return note;
            }
            String sign = words[at].toLowerCase(Locale.ROOT);
            String rest = String.join(" ", Arrays.copyOfRange(words, at, words.length));
            // "quoting takes too long": after the first word, one in -s may be the verb the note does have
            boolean verbInSubject = at > 1 && isPlural(subject[at - 1]);
            if (sign.equals("already") && at + 1 < words.length && isParticiple(words[at + 1])) {
                // "two renewals already lost this year": lost by the company, so "have already been lost"
                String have = isPlural(subject[subject.length - 1]) ? "have" : "has";
                return subjectWithArticle(String.join(" ", subject), subject) + " " + have + " already been "
                        + String.join(" ", Arrays.copyOfRange(words, at + 1, words.length));
            }
            if (isParticiple(sign) && PAST_TIME.matcher(String.join(" ", Arrays.copyOfRange(words, at + 1,
                    words.length))).lookingAt()) {
                // "Two renewals lost this year (about £1.2m)": what happened, said in the past ("were lost"),
                // never "If nothing changes, two renewals lost this year" (the fifth round's English tester)
                String were = isPlural(subject[subject.length - 1]) ? "were" : "was";
                return subjectWithArticle(String.join(" ", subject), subject) + " " + were + " " + rest;
            }
            String verb = verbInSubject && !sign.equals("been") && !sign.equals("up") && !sign.equals("down")
                    ? null : missingVerb(sign, words, at, rest);
            if (verb != null) {
                boolean plural = isPlural(subject[subject.length - 1]);
                String be = verb.equals("been") ? (plural ? "have" : "has")
                        : SPAN.matcher(rest).find() && !sign.equals("up") && !sign.equals("down")
                                ? (plural ? "have been" : "has been") : (plural ? "are" : "is");
                String said = String.join(" ", subject);
                return subjectWithArticle(said, subject) + " " + be + " " + rest;
            }
        }
        return note;
    }

    /**
     * A cause typed as the thing that is missing, "no account plans", "no pipeline visibility, so Rachel can't
     * forecast": "there are no account plans", "there is no pipeline visibility, so …". The letter's "there is"
     * frame only reaches a note the reading is sure is a phrase, and "plans" or a clause after the comma makes it
     * unsure. Only a run of plain words that ends the note, or a comma, or meets a preposition is read so: "no one
     * owns …", "no reps cover …" have their verb and stay.
     */
    static String missingAsThereIs(String note) {
        if (note == null) {
            return null;
        }
        String clean = note.strip();
        String[] words = clean.split(" ");
        if (words.length < 2 || !words[0].equalsIgnoreCase("no") || words[1].equalsIgnoreCase("one")) {
            return note;
        }
        int end = 1;
        while (end < words.length && !words[end - 1].endsWith(",")
                && !(end > 1 && NOUN_PHRASE_GOES_ON.contains(words[end].toLowerCase(Locale.ROOT)))) {
            end++;
        }
        String[] phrase = Arrays.stream(words, 1, end).map(word -> word.replaceAll(",$", "")).toArray(String[]::new);
        if (phrase.length > LONGEST_SUBJECT || !plainSubject(phrase) || Arrays.stream(phrase).anyMatch(word ->
                BareSingular.isDeterminer(word.toLowerCase(Locale.ROOT)) || word.equalsIgnoreCase("the"))) {
            return note;
        }
        // "no reps cover the North": a plural before the last word may be the subject of a verb
        for (int i = 0; i < phrase.length - 1; i++) {
            if (isPlural(phrase[i])) {
                return note;
            }
        }
        String thereIs = isPlural(phrase[phrase.length - 1]) ? "there are " : "there is ";
        return (Character.isUpperCase(clean.charAt(0)) ? Texts.capitalise(thereIs, Locale.ROOT) : thereIs) + "no"
                + clean.substring(2);
    }

    /** "the patch", "the fleet side", and "the NW patch": an acronym before a singular noun names a part of it. */
    private static String subjectWithArticle(String said, String[] subject) {
        boolean acronymBeforeNoun = subject.length == 2 && ACRONYM.matcher(subject[0]).matches()
                && !isPlural(subject[1]) && BareSingular.withDefinite(subject[1]).startsWith("the ");
        return acronymBeforeNoun ? "the " + said : BareSingular.withDefinite(said);
    }

    /** "been" + a participle, an "-ing" form after any adverbs, "up"/"down"/"flat", "too" + adjective; else null. */
    private static String missingVerb(String sign, String[] words, int at, String rest) {
        if (sign.equals("been") && at + 1 < words.length && words[at + 1].toLowerCase(Locale.ROOT).matches(
                "\\p{L}+(ed|en|wn|lt|nt|ne)")) {
            return "been";
        }
        int verb = at;
        while (verb < words.length && ADVERBS.contains(words[verb].toLowerCase(Locale.ROOT))) {
            verb++;
        }
        if (verb < words.length && verb + 1 < words.length) {
            String word = words[verb].toLowerCase(Locale.ROOT);
            if (word.length() > 4 && word.endsWith("ing") && !word.endsWith("thing")) {
                return "is";
            }
        }
        boolean figure = at + 1 < words.length && FIGURE_OR_PREPOSITION.matcher(words[at + 1]).matches();
        if ((sign.equals("up") || sign.equals("down")) && figure || sign.equals("flat") && at + 1 < words.length
                || sign.equals("too") && at + 1 < words.length) {
            return "is";
        }
        return null;
    }

    /** "no new fleet accounts in 18 months" → "there have been no new fleet accounts in 18 months". */
    private static String noneAsThereIs(String note, String[] words) {
        boolean plural = false;
        for (int i = 1; i < words.length && i <= 4; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (NOT_SUBJECT.contains(word) || !PLAIN.matcher(words[i]).matches()) {
                break;
            }
            plural = isPlural(word);
        }
        // without a span of time the letter's own frame says it ("there is no value case"), so the note stays
        if (!SPAN.matcher(note).find()) {
            return note;
        }
        return (plural ? "there have been " : "there has been ") + "no" + note.substring(2);
    }

    /**
     * One to three plain words that can be a subject: only the first may be "the", and a word in -s before the last
     * may be the verb the note has ("nobody maps the buying committee"), so such a run is no subject.
     */
    private static boolean plainSubject(String[] subject) {
        for (int i = 0; i < subject.length; i++) {
            String word = subject[i].toLowerCase(Locale.ROOT);
            if (!PLAIN.matcher(subject[i]).matches() || NOT_SUBJECT.contains(word)
                    || CONTRACTED_VERB.matcher(word).find()
                    || i > 0 && (word.equals("the") || BareSingular.isDeterminer(word))
                    || i > 0 && i < subject.length - 1 && isPlural(word)) {
                return false;
            }
        }
        return true;
    }

    /** "lost", "signed": a participle after "already" says what has happened. */
    private static boolean isParticiple(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 3 && lower.endsWith("ed") && !lower.endsWith("eed") || PARTICIPLES.contains(lower);
    }

    private static boolean isPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && !lower.endsWith("'s") && !lower.endsWith("’s") || lower.equals("people") || lower.equals("staff");
    }
}
