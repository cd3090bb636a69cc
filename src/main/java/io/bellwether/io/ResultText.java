package io.bellwether.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored result JSON text as people read it: pretty-printed, or raw and said so when it does not
 * parse; and as a short label (a string without its quotes) for the confusion table and the CLI.
 */
public final class ResultText {
    public static final String NONE = "(not recorded)";
    public static final String UNPARSABLE = " (stored text is not valid JSON, shown raw)";

    private ResultText() {
    }

    public static String pretty(String json) {
        if (json == null) {
            return NONE;
        }
        JsonNode node = parse(json);
        return node == null ? json + UNPARSABLE : JsonFiles.write(node);
    }

    public static String label(String json) {
        if (json == null) {
            return NONE;
        }
        JsonNode node = parse(json);
        if (node == null) {
            return json + UNPARSABLE;
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }

    /** The JSON node of a stored result, or null when it was not recorded or does not parse. */
    static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JsonFiles.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The stored JSON text a label typed by a person stands for: itself when it is JSON (true, 3,
     * "cat"), else a JSON string of it (cat); {@link #NONE} for a result not recorded (null).
     */
    public static String storedJson(String typed) {
        if (typed.equals(NONE)) {
            return null;
        }
        JsonNode node = parse(typed);
        return node != null && node.isValueNode() ? node.toString() : JsonFiles.MAPPER.getNodeFactory()
                .textNode(typed).toString();
    }
}
