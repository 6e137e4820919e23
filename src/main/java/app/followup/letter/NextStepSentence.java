package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Participant;
import app.followup.model.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The letter's last promise, with its date right after the verb it belongs to: "Jeg ringer deg tirsdag
 * 1. desember for å avtale møtet", or with the date first, "Tirsdag 1. desember sender jeg referansene". When the
 * employer owns the step, the candidate still owns the follow-up: a call the next working day after theirs.
 */
final class NextStepSentence {
    private static final Set<String> NB_SUBJECTS = Set.of("jeg", "vi");
    private static final Set<String> NB_OBJECTS = Set.of("deg", "dere", "dem", "henne", "ham", "han", "hun");
    private static final Set<String> EN_SUBJECTS = Set.of("i", "we");
    private static final Set<String> EN_AUXILIARIES = Set.of("will", "shall", "would", "'ll");
    private static final Set<String> EN_OBJECTS = Set.of("you", "him", "her", "them");
    /** What is not part of a name or pronoun: punctuation around "Sarah," or "(deg)". */
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}'-]");
    /** After "Jeg ringer deg", the date fits before these; before a direct object it goes first instead. */
    private static final Set<String> CONTINUATIONS = Set.of(
            "for", "om", "og", "så", "når", "hvis", "tilbake", "angående", "to", "about", "and", "so", "when", "if",
            "back", "regarding");

    private final Language language;
    private final LetterWords words;
    private final NoteText notes;
    private final Audience audience;
    private final LocalDate today;
    private final LocalDate lastPromised;
    private final Collection<LocalDate> promised;
    /** The addressee the next step names as its object, whom a letter to several turns to by name. */
    private String namedAddressee;

    /**
     * @param promised the dates of the promises written just before: the last one the next step calls "samme dag",
     *                 another one by its weekday alone ("I will call you on Monday"), as the reader has just read it
     */
    NextStepSentence(Language language, NoteText notes, Audience audience, LocalDate today,
                     Collection<LocalDate> promised) {
        this.language = language;
        this.words = new LetterWords(language);
        this.notes = notes;
        this.audience = audience;
        this.today = today;
        this.promised = List.copyOf(promised);
        this.lastPromised = promised.stream().max(LocalDate::compareTo).orElse(null);
    }

    String of(Step step) {
        String what = Texts.clause(step.what());
        if (what == null) {
            return null;
        }
        return step.isMine() ? mine(what, step.date()) : employers(step, what);
    }

    private String mine(String typed, LocalDate date) {
        String what = withCandidateAsSubject(typed);
        String[] parts = what.split(" ");
        String first = parts[0].toLowerCase(Locale.ROOT);
        boolean startsWithMe = parts.length >= 2 && (language == Language.NB ? NB_SUBJECTS : EN_SUBJECTS)
                .contains(first.replace("'ll", ""));
        boolean sameDay = date != null && date.equals(lastPromised);
        String when = sameDay ? words.get("same.day") : namedJustBefore(date) ? LetterDates.weekday(date, language)
                : LetterDates.dayAndDate(date, today, language);
        if (!startsWithMe) {
            String inner = notes.inner(what);
            return when == null ? words.get("next.undated.fallback").replace("{what}", inner)
                    : Texts.capitalise(words.get("next.fallback").replace("{date}", when).replace("{what}", inner),
                            language.locale());
        }
        if (when == null) {
            return withVocative(what + ".", what);
        }
        int verb = verbIndex(parts);
        int object = verb + 1;
        if (object < parts.length && isObject(parts[object])) {
            boolean addressee = speaksToAddressee(parts, object);
            boolean continues = object + 1 == parts.length
                    || CONTINUATIONS.contains(parts[object + 1].toLowerCase(Locale.ROOT));
            if (continues) {
                String sentence = insertAfter(parts, object,
                        sameDay ? when : words.get("on.date").replace("{date}", when));
                return addressee ? withVocative(sentence, String.join(" ", parts)) : Texts.capitalise(sentence,
                        language.locale());
            }
        }
        return language == Language.NB ? frontedNorwegian(parts, when) : frontedEnglish(what, when);
    }

    /**
     * A date a promise before gave in full, in the coming week (where "on Monday" means that Monday to any reader),
     * and no other promise falls on the same weekday.
     */
    private boolean namedJustBefore(LocalDate date) {
        return date != null && promised.contains(date) && today != null && date.isAfter(today)
                && date.isBefore(today.plusWeeks(1))
                && promised.stream().noneMatch(d -> !d.equals(date) && d.getDayOfWeek() == date.getDayOfWeek());
    }

    /**
     * "ringe Jan Erik for å …" / "call Mary Kate to …": a bare verb in the candidate's own step is the candidate's
     * doing, so it becomes the sentence's verb ("jeg ringer …", "I will call …"), never a label before a note.
     */
    private String withCandidateAsSubject(String what) {
        String[] parts = what.split(" ", 2);
        if (parts.length < 2) {
            return what;
        }
        String first = parts[0].toLowerCase(Locale.ROOT);
        if (language == Language.NB && Deliverable.isNorwegianInfinitive(first, parts[1])) {
            return words.get("next.me").replace("{verb}", Deliverable.present(first)) + " " + parts[1];
        }
        if (language == Language.EN && Deliverable.isEnglishBaseVerb(first)) {
            return words.get("next.me").replace("{verb}", first) + " " + parts[1];
        }
        return what;
    }

    /** "Tirsdag 1. desember sender jeg referansene": a fronted date puts the verb before the subject. */
    private String frontedNorwegian(String[] parts, String when) {
        StringBuilder out = new StringBuilder(Texts.capitalise(when, language.locale()))
                .append(' ').append(parts[1]).append(' ').append(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 2; i < parts.length; i++) {
            out.append(' ').append(parts[i]);
        }
        return out.append('.').toString();
    }

    private static String frontedEnglish(String what, String when) {
        return "On " + when + " " + what + ".";
    }

    private int verbIndex(String[] parts) {
        if (language == Language.EN) {
            if (parts[0].toLowerCase(Locale.ROOT).endsWith("'ll")) {
                return 1;
            }
            return parts.length > 2 && EN_AUXILIARIES.contains(parts[1].toLowerCase(Locale.ROOT)) ? 2 : 1;
        }
        return 1;
    }

    /**
     * An addressee named as the object ("I will call Sarah") is spoken to instead: the name becomes "deg"/"you",
     * and the letter turns to them by name when it is written to several.
     */
    private boolean speaksToAddressee(String[] parts, int object) {
        String bare = NOT_NAME.matcher(parts[object]).replaceAll("");
        Participant named = audience.addresseeNamedIn(bare);
        if (named != null) {
            // one of several called by name is "deg", not "dere": "Sara, jeg ringer deg …"
            parts[object] = parts[object].replace(bare, words.get("you.object"));
            namedAddressee = audience.nameOf(named);
            return true;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        return lower.equals("deg") || lower.equals("dere") || lower.equals("you");
    }

    private boolean isObject(String word) {
        String bare = NOT_NAME.matcher(word).replaceAll("");
        Set<String> pronouns = language == Language.NB ? NB_OBJECTS : EN_OBJECTS;
        return pronouns.contains(bare.toLowerCase(Locale.ROOT)) || audience.participantNamedIn(bare) != null;
    }

    private static String insertAfter(String[] parts, int index, String inserted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : " ").append(parts[i]);
            if (i == index) {
                out.append(' ').append(inserted);
            }
        }
        return out.append('.').toString();
    }

    /** In a letter to several, "deg" needs a name: "Per Olav, jeg ringer deg …". */
    private String withVocative(String sentence, String what) {
        String vocative = audience.isPlural() && namedAddressee != null ? namedAddressee : audience.vocative();
        String spaced = " " + what.toLowerCase(Locale.ROOT) + " ";
        boolean singularYou = spaced.contains(" deg ") || language == Language.EN && spaced.contains(" you ");
        if (vocative == null || !singularYou) {
            return Texts.capitalise(sentence, language.locale());
        }
        boolean keepsCapital = sentence.startsWith("I ") || sentence.startsWith("I'");
        String rest = keepsCapital ? sentence : sentence.substring(0, 1).toLowerCase(language.locale())
                + sentence.substring(1);
        return vocative + ", " + rest;
    }

    private String employers(Step step, String what) {
        String holder = audience.youObject();
        String who = Texts.clause(step.who());
        if (who != null && audience.addresseeNamedIn(who) == null) {
            var person = audience.participantNamedIn(who);
            holder = person == null ? who : audience.nameOf(person);
        }
        String when = LetterDates.dayAndDate(step.date(), today, language);
        String sentence = notes.isClause(what) ? employersClause(what, when) : words.get("next.employer").replace("{holder}", holder).replace("{what}", notes.inner(what))
                .replace("{by}", when == null ? "" : words.get("next.employer.by").replace("{date}", when));
        if (step.date() == null) {
            return sentence;
        }
        String follow = LetterDates.dayAndDate(nextWorkingDay(step.date()), today, language);
        return sentence + " " + words.get("next.employer.follow").replace("{you}", audience.youObject())
                .replace("{date}", follow);
    }

    /** "Som avtalt gir du beskjed om andre intervju innen fredag 4. desember." */
    private String employersClause(String what, String when) {
        String clause = addresseeAsYou(what);
        clause = language == Language.NB ? notes.order().inverted(clause) : notes.inner(clause);
        return Texts.capitalise(words.get("next.employer.clause").replace("{what}", clause)
                .replace("{by}", when == null ? "" : words.get("next.employer.clause.by").replace("{date}", when)),
                language.locale());
    }

    /** "Jan Erik gir beskjed" to Jan Erik is "Du gir beskjed"; "Priya confirms" to Priya is "You confirm". */
    private String addresseeAsYou(String what) {
        for (int words = Math.min(3, what.split(" ").length - 1); words >= 1; words--) {
            String[] parts = what.split(" ", words + 1);
            String name = String.join(" ", Arrays.copyOf(parts, words));
            if (audience.addresseeNamedIn(name) != null) {
                String rest = parts[words];
                return Texts.capitalise(audience.you(), language.locale()) + " "
                        + (language == Language.EN ? EnglishVerbs.future(rest) : rest);
            }
        }
        return what;
    }

    private static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
