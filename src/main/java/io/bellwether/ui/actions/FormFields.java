package io.bellwether.ui.actions;

import io.bellwether.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.function.Function;

/** Parsing of form text into numbers, refusing bad text with a message naming the field. */
final class FormFields {
    private FormFields() {
    }

    static double parseDouble(String field, String text) {
        return parse(field, text, Double::parseDouble, "a number");
    }

    /** Blank text means 0, the guide's "not measured". */
    static double parseOptionalDouble(String field, String text) {
        return text == null || text.isBlank() ? 0.0 : parseDouble(field, text);
    }

    static long parseLong(String field, String text) {
        return parse(field, text, Long::parseLong, "a whole number");
    }

    private static <T> T parse(String field, String text, Function<String, T> parser, String what) {
        String value = text == null ? "" : text.trim();
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + value + "\"", "must be " + what);
        }
    }

    /** Text in % ({@code powerOfTen} 2) or ms (3) read as the guide's value (a share, seconds). */
    static double parseScaled(String field, String text, int powerOfTen) {
        parseDouble(field, text);
        return new BigDecimal(text.trim()).movePointLeft(powerOfTen).doubleValue();
    }

    /** As {@link #parseScaled}, blank text being 0 (not measured). */
    static double parseOptionalScaled(String field, String text, int powerOfTen) {
        return text == null || text.isBlank() ? 0.0 : parseScaled(field, text, powerOfTen);
    }

    /** A share or seconds written in % (2) or ms (3). */
    static String formatScaled(double value, int powerOfTen) {
        return BigDecimal.valueOf(value).movePointRight(powerOfTen).stripTrailingZeros().toPlainString();
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
