package app.followup.pasted;

import app.followup.model.Role;

/** Someone the notes quote, from a line such as "Ingrid (adm. dir.) – hun bestemmer:"; title and role may be null. */
public record NotedPerson(String name, String title, Role role) {
}
