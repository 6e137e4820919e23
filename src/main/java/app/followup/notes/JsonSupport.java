package app.followup.notes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Jackson's streaming parser and generator with its tree nodes. The tree is built and written here rather than
 * through an ObjectMapper: the mapper's set-up alone costs a command-line run about 0.2 s, and notes files need
 * none of its data binding.
 */
final class JsonSupport {
    // what the deprecated withExactBigDecimals(true) gave: BigDecimals kept as they are, trailing zeroes too
    static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonSupport() {
    }

    /** Reads exactly one JSON value; numbers keep their text exactly as written. */
    static JsonNode read(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonParseException(parser, "no JSON value in the file");
            }
            JsonNode root = value(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "unexpected text after the end of the JSON value");
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = wellFormed(parser.currentName());
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(wellFormed(parser.getText()));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // kept as written (1e5, 2.5E-3, -0): a number is converted only where a known field needs it,
                // so a huge exponent costs nothing and an unknown field is written back unchanged
                return NODES.rawValueNode(new RawValue(parser.getText()));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        }
    }

    /**
     * The text with any unpaired surrogate (possible through a JSON escape such as a lone \\ud800, impossible to
     * write as UTF-8) replaced by U+FFFD, so that what is read can always be saved again.
     */
    static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return replaceUnpaired(text);
                }
                i++;
            }
        }
        return text;
    }

    private static String replaceUnpaired(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** The number as written in the file, or null when the node is not a number read from a file. */
    static String numberText(JsonNode node) {
        return node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw ? raw.rawValue().toString()
                : null;
    }

    /** Pretty-printed with two-space indents, "key": value, and "\n" line ends on every platform. */
    static void writePretty(JsonNode node, Writer out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(prettyPrinter());
            write(node, generator);
        }
    }

    static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.writeFieldName(wellFormed(field.getKey()));
                write(field.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode element : node) {
                write(element, out);
            }
            out.writeEndArray();
        } else if (node.isTextual()) {
            out.writeString(wellFormed(node.textValue()));
        } else if (numberText(node) != null) {
            out.writeRawValue(numberText(node));
        } else if (node.isNumber()) {
            out.writeNumber(node.decimalValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeNull();
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
