package io.bellwether.drill;

import io.bellwether.domain.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;

/** ISO-8601 durations ("PT6H", "P2D") as scenarios write them, and a short human form for reports. */
public final class Durations {
    private Durations() {
    }

    public static Duration parse(String field, String text) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "\"" + text + "\"", "must be an ISO-8601 duration such as PT6H");
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
}
