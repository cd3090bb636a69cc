package io.bellwether.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one format of every time a person reads, "2026-12-02 05:07:01": the console writes it in its zone
 * (DisplayFormats, the zone shown once in the status bar), the command line and the HTML report in UTC.
 */
public final class TimeFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private TimeFormat() {
    }

    public static String text(Instant instant, ZoneId zone) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    /** For the command line and the HTML report: "2026-12-02 05:07:01 UTC". */
    public static String utc(Instant instant) {
        return instant == null ? "—" : text(instant, ZoneOffset.UTC) + " UTC";
    }
}
