package io.bellwether.domain;

/** Field checks shared by the domain records; each failure names the field and the value. */
public final class Checks {
    private Checks() {
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, value, "must be a finite number");
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new InvalidInputException(field, value, "must be greater than 0");
        }
        return value;
    }

    public static double fraction(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new InvalidInputException(field, value, "must be between 0 and 1");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, value == null ? "nothing" : "\"" + value + "\"", "is required");
        }
        return value;
    }
}
