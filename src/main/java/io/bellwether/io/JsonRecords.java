package io.bellwether.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON Lines record, read with Jackson's streaming parser into a tree by the rules of
 * {@link RecordValues}: a key twice in one object, a control character in a key or string, a
 * number too long refuse the line naming the field (dotted for nested objects, as the CSV
 * {@code custom_metrics.NAME} columns). NaN and Infinity parse so as to be refused by field name.
 */
final class JsonRecords {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(1 << 20).build())
            .build();
    private static final String ONE_OBJECT = "expected one JSON object per line";

    private JsonRecords() {
    }

    static ObjectNode record(String line) {
        List<Long> starts = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(line)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new RecordProblem(null, ONE_OBJECT);
                }
                ObjectNode record = object(parser, null, starts, fields);
                if (parser.nextToken() != null) {
                    throw new RecordProblem(null, ONE_OBJECT);
                }
                refuseControl(line, starts, fields);
                return record;
            } catch (StreamConstraintsException e) {
                String field = path(parser.getParsingContext());
                throw new RecordProblem(field, (field == null ? "a value" : field) + " is longer than this reader allows");
            } catch (JsonProcessingException e) {
                String field = path(parser.getParsingContext());
                int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
                throw new RecordProblem(field, "not valid JSON at column " + column
                        + (field == null ? "" : " (in or after " + field + ")"));
            }
        } catch (IOException e) {
            throw new RecordProblem(null, "not valid JSON");
        }
    }

    /** A control character that Jackson took for white space between tokens, placed in its member. */
    private static void refuseControl(String line, List<Long> starts, List<String> fields) {
        int at = RecordValues.controlAt(line);
        if (at < 0) {
            return;
        }
        String field = null;
        for (int i = 0; i < starts.size() && starts.get(i) <= at; i++) {
            field = fields.get(i);
        }
        throw RecordValues.controlCharacter(field, line.charAt(at));
    }

    /** The dotted name of the member being read, or null outside any. */
    private static String path(JsonStreamContext context) {
        String path = null;
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = path == null ? c.getCurrentName() : c.getCurrentName() + "." + path;
            }
        }
        return path;
    }

    /** Reads the members of the object whose START_OBJECT is current, noting where each starts. */
    private static ObjectNode object(JsonParser parser, String path, List<Long> starts, List<String> fields)
            throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            RecordValues.text(path == null ? "key" : path + " key", name);
            String qualified = path == null ? name : path + "." + name;
            starts.add(parser.currentTokenLocation().getCharOffset());
            fields.add(qualified);
            parser.nextToken();
            RecordValues.putOnce(object, "the object", qualified, name, value(parser, qualified, starts, fields));
        }
        return object;
    }

    private static JsonNode value(JsonParser parser, String field, List<Long> starts, List<String> fields)
            throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser, field, starts, fields);
            case START_ARRAY -> array(parser, field, starts, fields);
            case VALUE_STRING -> RecordValues.text(field, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.isNaN() ? DoubleNode.valueOf(parser.getDoubleValue())
                    : RecordValues.number(field, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> BooleanNode.valueOf(parser.currentToken() == JsonToken.VALUE_TRUE);
            default -> NullNode.getInstance();
        };
    }

    private static ArrayNode array(JsonParser parser, String field, List<Long> starts, List<String> fields)
            throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, field, starts, fields));
        }
        return array;
    }
}
