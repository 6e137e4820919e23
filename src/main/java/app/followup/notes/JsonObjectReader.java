package app.followup.notes;

import java.util.Locale;
import app.followup.model.Extras;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object with type checks that name the field's path, and collects the fields
 * it was not asked for as {@link Extras}. A null value counts as missing.
 */
final class JsonObjectReader {
    private final JsonNode node;
    private final String path;
    private final Set<String> known = new HashSet<>();

    private JsonObjectReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Null when the value is missing or null; an error when it is not an object. */
    static JsonObjectReader of(JsonNode node, String path) throws NotesException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(path, "an object", node);
        }
        return new JsonObjectReader(node, path);
    }

    String path() {
        return path;
    }

    private JsonNode value(String field) {
        known.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        return value(field) != null;
    }

    String text(String field) throws NotesException {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(pathOf(field), "text", value);
        }
        return value.textValue();
    }

    String requiredText(String field) throws NotesException {
        String value = text(field);
        if (value == null) {
            throw new NotesException(pathOf(field) + " is missing");
        }
        return value;
    }

    Boolean bool(String field) throws NotesException {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(pathOf(field), "true or false", value);
        }
        return value.booleanValue();
    }

    Integer integer(String field, int min, int max) throws NotesException {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        String expected = "a whole number from " + min + " to " + max;
        String text = JsonSupport.numberText(value);
        if (text == null || !isWholeNumber(text)) {
            throw wrongType(pathOf(field), expected, value);
        }
        BigInteger number = new BigInteger(text);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new NotesException(pathOf(field) + ": expected " + expected + ", found " + text);
        }
        return number.intValue();
    }

    /** An optional minus and one or more ASCII digits; without a pattern, which is slow in a cold JVM. */
    private static boolean isWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    LocalDate date(String field) throws NotesException {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = plainDate(text);
        try {
            if (date == null) {
                date = LocalDate.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            throw new NotesException(pathOf(field) + ": expected a date as YYYY-MM-DD, found \"" + shortened(text) + "\"");
        }
        if (!Dates.isUsable(date)) {
            throw new NotesException(pathOf(field) + ": expected a date from " + Dates.FIRST + " to " + Dates.LAST
                    + ", found " + shortened(text));
        }
        return date;
    }

    /**
     * A date written plainly as YYYY-MM-DD, read without the general ISO parser: a folder of notes files holds
     * thousands of dates and the parser is slow in a cold JVM. Null for anything else, an impossible day such as
     * 2026-02-30 included, which the ISO parser then reads or refuses with its own message.
     */
    private static LocalDate plainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, -1 when any is not one. */
    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    LocalDate requiredDate(String field) throws NotesException {
        LocalDate date = date(field);
        if (date == null) {
            throw new NotesException(pathOf(field) + " is missing: every round needs its interview date (YYYY-MM-DD)");
        }
        return date;
    }

    <E> E code(String field, Function<String, E> fromCode) throws NotesException {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return fromCode.apply(text);
        } catch (IllegalArgumentException e) {
            throw new NotesException(pathOf(field) + ": " + e.getMessage());
        }
    }

    List<String> texts(String field) throws NotesException {
        return list(field, (element, elementPath) -> {
            if (!element.isTextual()) {
                throw wrongType(elementPath, "text", element);
            }
            return element.textValue();
        });
    }

    JsonObjectReader object(String field) throws NotesException {
        return of(value(field), pathOf(field));
    }

    <T> List<T> objects(String field, ObjectMapping<T> mapping) throws NotesException {
        return list(field, (element, elementPath) -> {
            JsonObjectReader reader = of(element, elementPath);
            if (reader == null) {
                throw wrongType(elementPath, "an object", element);
            }
            return mapping.map(reader);
        });
    }

    private <T> List<T> list(String field, ElementMapping<T> mapping) throws NotesException {
        JsonNode value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(pathOf(field), "a list", value);
        }
        List<T> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            result.add(mapping.map(value.get(i), pathOf(field) + "[" + i + "]"));
        }
        return result;
    }

    /** The fields nobody asked for: call after reading the known ones. */
    Extras extras() {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (var field : node.properties()) {
            if (!known.contains(field.getKey())) {
                unknown.put(field.getKey(), toJson(field.getValue()));
            }
        }
        return unknown.isEmpty() ? Extras.NONE : new Extras(unknown);
    }

    private static String toJson(JsonNode value) {
        return JsonSupport.compact(value);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static NotesException wrongType(String path, String expected, JsonNode found) {
        return new NotesException(path + ": expected " + expected + ", found " + describe(found));
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (JsonSupport.numberText(node) != null) {
            String text = JsonSupport.numberText(node);
            return "the number " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    interface ObjectMapping<T> {
        T map(JsonObjectReader reader) throws NotesException;
    }

    @FunctionalInterface
    private interface ElementMapping<T> {
        T map(JsonNode element, String path) throws NotesException;
    }
}
