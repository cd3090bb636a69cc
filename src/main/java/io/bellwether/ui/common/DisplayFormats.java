package io.bellwether.ui.common;

import io.bellwether.domain.PyFormat;
import io.bellwether.domain.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the screens print times, latencies and shares, so every table reads the same. */
public final class DisplayFormats {
    /** What a person may type back: the same format, the seconds optional. */
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

    private DisplayFormats() {
    }

    /**
     * A time typed in the console's format (seconds optional) in {@code zone}.
     *
     * @throws java.time.format.DateTimeParseException when it is not in that format
     */
    public static Instant parseTime(String text, ZoneId zone) {
        return java.time.LocalDateTime.parse(text.strip(), TYPED_TIME).atZone(zone).toInstant();
    }

    /** In the system's time zone, as the console shows times. */
    public static String time(Instant instant) {
        return time(instant, ZoneId.systemDefault());
    }

    /** The one time format ({@link TimeFormat}); the zone is shown once, in the status bar. */
    public static String time(Instant instant, ZoneId zone) {
        return TimeFormat.text(instant, zone);
    }

    /** The status bar's note of the zone all times are in: "Times in UTC+01:00 Europe/Paris". */
    public static String zoneNote(ZoneId zone, Instant at) {
        String offset = zone.getRules().getOffset(at).getId();
        String utc = "Z".equals(offset) ? "UTC" : "UTC" + offset;
        // A fixed offset (Z, Etc/UTC, +02:00) says nothing more than the offset does.
        return "Times in " + utc + (zone.normalized() instanceof java.time.ZoneOffset ? "" : " " + zone.getId());
    }

    /** The date part of {@link #time(Instant, ZoneId)}, for a list line where the day is enough. */
    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "—" : time(instant, zone).substring(0, 10);
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
