package app.followup.model;

import java.util.List;

/** A word the interviewer used ({@code theirs}) and the candidate's own words for the same thing. */
public record Term(String theirs, List<String> avoid, Extras extras) {
    public static final Term EMPTY = new Term(null, List.of(), Extras.NONE);

    public Term {
        avoid = Lists.copy(avoid);
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Term of(String theirs, String... avoid) {
        return new Term(theirs, List.of(avoid), Extras.NONE);
    }

    public Term withTheirs(String value) {
        return new Term(value, avoid, extras);
    }

    public Term withAvoid(List<String> value) {
        return new Term(theirs, value, extras);
    }
}
