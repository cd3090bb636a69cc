package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.domain.InvalidInputException;
import java.util.function.Predicate;

/** Typed reads of object members; each wrong type is refused naming the field and the value. */
public final class JsonFields {
    private JsonFields() {
    }

    public static JsonNode object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(field, shown(node), "must be a JSON object");
        }
        return node;
    }

    /** The member, or null when absent. A JSON null is a wrong type, not an absence. */
    public static JsonNode member(JsonNode object, String key) {
        return object.get(key);
    }

    public static double number(JsonNode object, String key, double fallback) {
        JsonNode value = typed(object, key, JsonNode::isNumber, "must be a number");
        return value == null ? fallback : value.doubleValue();
    }

    public static long wholeNumber(JsonNode object, String key, long fallback) {
        JsonNode value = member(object, key);
        if (value == null) {
            return fallback;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isFloatingPointNumber() && value.doubleValue() == Math.rint(value.doubleValue())
                && Math.abs(value.doubleValue()) < 0x1p63) {
            return (long) value.doubleValue();
        }
        throw new InvalidInputException(key, shown(value), "must be a whole number");
    }

    public static long requiredWholeNumber(JsonNode object, String key) {
        if (member(object, key) == null) {
            throw new InvalidInputException(key, "nothing", "is required");
        }
        return wholeNumber(object, key, 0);
    }

    public static boolean bool(JsonNode object, String key, boolean fallback) {
        JsonNode value = typed(object, key, JsonNode::isBoolean, "must be true or false");
        return value == null ? fallback : value.booleanValue();
    }

    /** The member, or null when absent; a member that is not of the type is refused with {@code must}. */
    private static JsonNode typed(JsonNode object, String key, Predicate<JsonNode> type, String must) {
        JsonNode value = member(object, key);
        if (value != null && !type.test(value)) {
            throw new InvalidInputException(key, shown(value), must);
        }
        return value;
    }

    public static String text(JsonNode object, String key) {
        JsonNode value = member(object, key);
        if (value == null || !value.isTextual()) {
            throw new InvalidInputException(key, value == null ? "nothing" : shown(value), "must be a string");
        }
        return value.textValue();
    }

    /** JSON text of a value, cut short; "nothing" for an absent one. */
    public static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
