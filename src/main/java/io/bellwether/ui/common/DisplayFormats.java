package io.bellwether.ui.common;

import io.bellwether.domain.PyFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the screens print times, latencies and shares, so every table reads the same. */
public final class DisplayFormats {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SHORT_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private DisplayFormats() {
    }

    public static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** Month, day, hour and minute: for tight columns where the year is plain. */
    public static String shortTime(Instant instant) {
        return instant == null ? "—" : SHORT_TIME.format(instant);
    }

    /** Seconds printed as milliseconds: 0.0525 → "52.5 ms". */
    public static String millis(double seconds) {
        if (Double.isNaN(seconds)) {
            return "—";
        }
        return decimal(seconds * 1000, 1) + " ms";
    }

    /** A fraction as a percentage, rounded as the engine's reasons are: 0.0123 → "1.23%". */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : PyFormat.percent(fraction, 2);
    }

    public static String decimal(double value, int places) {
        return Double.isFinite(value) ? PyFormat.fixed(value, places) : "—";
    }
}
