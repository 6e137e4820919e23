package app.followup.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of the notes file that this version does not know, kept as raw JSON text in file order,
 * so that saving never destroys what a newer version of FollowUp wrote.
 */
public record Extras(Map<String, String> rawJson) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        rawJson = rawJson == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rawJson));
    }

    public boolean isEmpty() {
        return rawJson.isEmpty();
    }
}
