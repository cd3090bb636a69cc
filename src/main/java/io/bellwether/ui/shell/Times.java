package io.bellwether.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console writes instants: local time, to the second. */
public final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "—" : FORMAT.format(instant.atZone(zone));
    }
}
