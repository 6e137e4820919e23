package app.followup.pasted;

import app.followup.model.Role;

/**
 * Someone the notes quote, from a line such as "Ingrid (adm. dir.) – hun bestemmer:", or name as doing a step of
 * the decision ("Tom (PeopleFirst) takes the references"); title, organisation and role may be null.
 */
public record NotedPerson(String name, String title, String organisation, Role role) {
    public NotedPerson(String name, String title, Role role) {
        this(name, title, null, role);
    }
}
