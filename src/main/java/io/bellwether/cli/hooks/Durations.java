package io.bellwether.cli.hooks;

import io.bellwether.domain.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command-line durations: 500ms, 30s, 2m, or ISO-8601 (PT30S). */
final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m)");

    private Durations() {
    }

    /** Null for no value (the settings' default applies). */
    static Duration parse(String field, String text) {
        if (text == null) {
            return null;
        }
        Matcher shortForm = SHORT.matcher(text.trim());
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, text, "must be a duration such as 500ms, 30s, 2m or PT30S");
        }
    }
}
