package io.bellwether.drill;

import java.time.Duration;
import java.util.StringJoiner;

/** The short human form of a duration in drill reports; parsing is {@link io.bellwether.domain.Durations}. */
public final class Durations {
    private Durations() {
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
