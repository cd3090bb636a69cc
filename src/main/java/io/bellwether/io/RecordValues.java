package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bellwether.domain.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * The value rules that CSV cells and JSON Lines values share, so that both formats accept and
 * refuse the same things: numbers in JSON syntax only (plus NaN and ±Infinity, refused later by
 * field name), at most {@value #MAX_NUMBER_LENGTH} characters; booleans exactly {@code true} or
 * {@code false}; no control character anywhere; no name twice.
 */
final class RecordValues {
    static final int MAX_NUMBER_LENGTH = 100;
    private static final Set<String> NON_FINITE = Set.of("NaN", "Infinity", "+Infinity", "-Infinity");

    private RecordValues() {
    }

    /** Whether a CSV cell is a number: JSON syntax, or NaN / Infinity. */
    static boolean isNumber(String text) {
        return NON_FINITE.contains(text) || JsonNumberSyntax.isNumber(text);
    }

    /** The number in {@code text} (JSON syntax, checked by the caller); a whole number stays whole. */
    static JsonNode number(String field, String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new InvalidInputException(field, JsonFields.shown(TextNode.valueOf(text)),
                    "is a number of " + text.length() + " characters, more than the " + MAX_NUMBER_LENGTH + " allowed");
        }
        return JsonNumberSyntax.isWhole(text) ? LongNode.valueOf(Long.parseLong(text))
                : DoubleNode.valueOf(Double.parseDouble(text));
    }

    /** A CSV cell as a JSON value: a number, exactly true / false, or else text. */
    static JsonNode typed(String field, String cell) {
        if (isNumber(cell)) {
            return number(field, cell);
        }
        if (cell.equals("true") || cell.equals("false")) {
            return BooleanNode.valueOf(cell.equals("true"));
        }
        return text(field, cell);
    }

    static TextNode text(String field, String text) {
        int at = controlAt(text);
        if (at >= 0) {
            throw controlCharacter(field, text.charAt(at));
        }
        return TextNode.valueOf(text);
    }

    /** Index of the first control character (C0, DEL or C1; tab included), or -1. */
    static int controlAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static IllegalArgumentException controlCharacter(String field, char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return field == null ? new RecordProblem(null, "the line holds a control character (" + code + ")")
                : new InvalidInputException(field, code, "must not hold a control character");
    }

    /** Sets {@code name} once; a second value for it refuses the line. */
    static void putOnce(ObjectNode object, String where, String field, String name, JsonNode value) {
        if (object.has(name)) {
            throw twice(where, field);
        }
        object.set(name, value);
    }

    static RecordProblem twice(String where, String name) {
        return new RecordProblem(name, where + " names " + name + " twice");
    }
}
