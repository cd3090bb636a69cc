package io.bellwether.ui.common;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PyFormat;
import io.bellwether.domain.StoredTime;
import io.bellwether.domain.TimeFormat;
import java.time.Duration;
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

    /**
     * A time field as typed, in the system's time zone: null when blank.
     *
     * @throws InvalidInputException naming {@code field} when it is not a time like 2026-03-14 09:30
     */
    public static Instant typedTimeOrNull(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parseTime(text, ZoneId.systemDefault());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "\"" + text.strip() + "\"", "must be a time like 2026-03-14 09:30");
        }
    }

    /**
     * The inclusive end a typed time means: its last microsecond, so that "10:48" holds every check the tables
     * show at 10:48 and "10:48:05" every one they show at 10:48:05 (they show whole seconds). Null when blank.
     */
    public static Instant typedEndOrNull(String field, String text) {
        Instant start = typedTimeOrNull(field, text);
        if (start == null) {
            return null;
        }
        boolean seconds = text.strip().length() > "yyyy-MM-dd HH:mm".length();
        return StoredTime.lastBefore(start.plus(seconds ? Duration.ofSeconds(1) : Duration.ofMinutes(1)));
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
