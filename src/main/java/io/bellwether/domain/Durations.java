package io.bellwether.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: 500ms, 30s, 2m, or ISO-8601 (PT30S, P2D). */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m)");

    private Durations() {
    }

    /** 500ms, 30s, 2m or ISO-8601 (command-line options). */
    public static Duration parse(String field, String text) {
        Matcher shortForm = SHORT.matcher(text.trim());
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
        return iso(text).orElseThrow(() ->
                new InvalidInputException(field, text, "must be a duration such as 500ms, 30s, 2m or PT30S"));
    }

    /** ISO-8601 only ("PT6H", "P2D"), as scenario files write them. */
    public static Duration parseIso(String field, String text) {
        return iso(text).orElseThrow(() ->
                new InvalidInputException(field, "\"" + text + "\"", "must be an ISO-8601 duration such as PT6H"));
    }

    private static Optional<Duration> iso(String text) {
        try {
            return Optional.of(Duration.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "1d 2h 5m", "45m", "0m"; seconds only when not whole minutes. */
    public static String format(Duration d) {
        if (d == null) {
            return "-";
        }
        Duration a = d.abs();
        long[] values = {a.toDays(), a.toHoursPart(), a.toMinutesPart(), a.toSecondsPart()};
        String[] units = {"d", "h", "m", "s"};
        StringJoiner parts = new StringJoiner(" ");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                parts.add(values[i] + units[i]);
            }
        }
        String text = parts.length() == 0 ? "0m" : parts.toString();
        return d.isNegative() ? "-" + text : text;
    }

    /** An age as the console and the queue show it: "40 s", "12 min", "3 h 5 min", "2 d 4 h"; negative is "0 s". */
    public static String age(Duration age) {
        if (age.isNegative()) {
            return "0 s";
        }
        if (age.toDays() > 0) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        if (age.toHours() > 0) {
            return age.toHours() + " h " + age.toMinutesPart() + " min";
        }
        return age.toMinutes() > 0 ? age.toMinutes() + " min" : age.toSeconds() + " s";
    }
}
