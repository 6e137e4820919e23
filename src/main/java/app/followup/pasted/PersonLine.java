package app.followup.pasted;

import app.followup.model.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that opens what someone said: a name, a title in brackets or after a comma, maybe a remark after a dash
 * (a hyphen inside a title is none), and a colon: "Hans Petter (salgsdir.):", "Hans Petter, salgsdirektør:",
 * "Ingrid (adm. dir.) – hun bestemmer:", "James (Managing Director) - makes the final call:". A remark that says
 * the person decides makes them the decision maker.
 */
final class PersonLine {
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final Pattern PERSON = Pattern.compile("^(?<name>" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,3})\\s*(?:\\((?<title>[^)]*)\\)|,\\s*(?<titleAfterComma>[^:(),]{2,40}?))?\\s*"
            + "(?:(?:\\s+|(?<=\\)))[–—-]\\s*(?<remark>[^:]*?))?\\s*:\\s*$");

    private PersonLine() {
    }

    /** The person the line names, or null when it is no such line (a label is none). */
    static NotedPerson of(String line, PastedWords words) {
        if (PastedLine.isBulleted(line)) {
            return null;
        }
        Matcher person = PERSON.matcher(line.strip());
        if (!person.matches() || words.labelKey(person.group("name")) != null) {
            return null;
        }
        String remark = person.group("remark");
        String title = person.group("title") != null ? person.group("title") : person.group("titleAfterComma");
        boolean decides = remark != null && words.mentions("decider", remark)
                || title != null && words.mentions("decider", title);
        return new NotedPerson(person.group("name"), title == null || title.isBlank() ? null
                : words.spelledOut(title.strip()),
                decides ? Role.DECISION_MAKER : null);
    }
}
