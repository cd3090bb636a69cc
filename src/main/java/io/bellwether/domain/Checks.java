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

    /**
     * Named finite numbers, sorted by name and unmodifiable; a missing map is empty. Each name passes
     * {@code nameCheck}; a value is refused as the field {@code prefix + name}: a null one with
     * {@code whenNull}, or one that is not finite.
     */
    public static java.util.Map<String, Double> finiteNumbers(java.util.Map<String, Double> given, String prefix,
                                                             java.util.function.Consumer<String> nameCheck,
                                                             String whenNull) {
        java.util.Map<String, Double> sorted = new java.util.TreeMap<>();
        if (given != null) {
            given.forEach((name, value) -> {
                nameCheck.accept(name);
                if (value == null) {
                    throw new InvalidInputException(prefix + name, null, whenNull);
                }
                sorted.put(name, finite(prefix + name, value));
            });
        }
        return java.util.Collections.unmodifiableMap(sorted);
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, value == null ? "nothing" : "\"" + value + "\"", "is required");
        }
        return value;
    }

    public static final int NAME_LENGTH = 200;
    public static final int TEXT_LENGTH = 4_000;
    public static final int METADATA_LENGTH = 64 * 1024;
    /** Seconds; a longer latency is a unit mistake, not a measurement. */
    public static final double MAX_LATENCY = 3_600;
    private static final java.time.Instant FIRST = java.time.Instant.parse("0001-01-01T00:00:00Z");
    private static final java.time.Instant LAST = java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** A required name of at most {@value #NAME_LENGTH} characters, without control characters. */
    public static String name(String field, String value) {
        required(field, value);
        if (value.length() > NAME_LENGTH) {
            throw new InvalidInputException(field, value.length() + " characters",
                    "must be at most " + NAME_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "a name with a control character",
                    "must not contain NUL, line breaks or other control characters");
        }
        return value;
    }

    /** Optional free text (a reason, a message) of at most {@value #TEXT_LENGTH} characters. */
    public static String text(String field, String value) {
        if (value != null && value.length() > TEXT_LENGTH) {
            throw new InvalidInputException(field, value.length() + " characters",
                    "must be at most " + TEXT_LENGTH + " characters");
        }
        return value;
    }

    /** Keys are names, values at most {@value #TEXT_LENGTH} characters, all of it at most 64 KiB. */
    public static void metadata(String field, java.util.Map<String, ?> metadata) {
        long total = 0;
        for (java.util.Map.Entry<String, ?> entry : metadata.entrySet()) {
            name(field + " key", entry.getKey());
            String value = String.valueOf(entry.getValue());
            text(field + "." + entry.getKey(), value);
            total += entry.getKey().length() + value.length();
        }
        if (total > METADATA_LENGTH) {
            throw new InvalidInputException(field, total + " characters", "must be at most 64 KiB in all");
        }
    }

    /** A latency in seconds: finite, not negative, at most an hour. */
    public static double latency(String field, double value) {
        nonNegative(field, value);
        if (value > MAX_LATENCY) {
            throw new InvalidInputException(field, value, "must be at most " + (int) MAX_LATENCY + " seconds");
        }
        return value;
    }

    /** A required instant within the years 1 to 9999. */
    public static java.time.Instant instant(String field, java.time.Instant value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "is required");
        }
        if (value.isBefore(FIRST) || value.isAfter(LAST)) {
            throw new InvalidInputException(field, value, "must be within the years 1 to 9999");
        }
        return value;
    }
}
