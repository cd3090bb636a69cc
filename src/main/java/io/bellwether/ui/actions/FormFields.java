package io.bellwether.ui.actions;

import io.bellwether.domain.InvalidInputException;
import java.math.BigDecimal;

/** Parsing of form text into numbers, refusing bad text with a message naming the field. */
final class FormFields {
    private FormFields() {
    }

    static double parseDouble(String field, String text) {
        String value = text == null ? "" : text.trim();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + value + "\"", "must be a number");
        }
    }

    /** Blank text means 0, the guide's "not measured". */
    static double parseOptionalDouble(String field, String text) {
        return text == null || text.isBlank() ? 0.0 : parseDouble(field, text);
    }

    static long parseLong(String field, String text) {
        String value = text == null ? "" : text.trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + value + "\"", "must be a whole number");
        }
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
